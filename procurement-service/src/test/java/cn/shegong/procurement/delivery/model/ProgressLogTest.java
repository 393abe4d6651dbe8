package cn.shegong.procurement.delivery.model;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.procurement.project.model.ContractTerm;
import cn.shegong.procurement.project.model.TermRules;

import static cn.shegong.platform.test.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

class ProgressLogTest {

	private static final ContractTerm TERM = ContractTerm.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), null,
			TermRules.defaults());

	private final ProgressLog log = ProgressLog.empty("ctr-1");

	@Test
	void aReportInsideTheTermIsAcceptedAndAnnouncedWithItsFigures() {
		ProgressReported reported = this.log.report(
				Volumes.report("rpt-1", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31)), TERM, "agency-maqiao");

		assertThat(reported.contractId()).isEqualTo("ctr-1");
		assertThat(reported.agencyId()).isEqualTo("agency-maqiao");
		assertThat(reported.periodTo()).isEqualTo(LocalDate.of(2027, 3, 31));
		assertThat(reported.communityHoursShareBp()).isEqualTo(6_400);
		assertThat(reported.beneficiariesByTargetGroup()).containsEntry("ELDERLY", 320);
		assertThat(this.log.reports()).hasSize(1);
	}

	@Test
	void aReportReachingOutsideTheTermIsRefused() {
		ProblemException refusal = refusalOf(() -> this.log.report(
				Volumes.report("rpt-1", LocalDate.of(2027, 10, 1), LocalDate.of(2028, 1, 31)), TERM, "agency-maqiao"));

		assertThat(refusal.rule()).isEqualTo("period-outside-term");
		assertThat(this.log.reports()).isEmpty();
	}

	@Test
	void aReportOverlappingAnEarlierOneIsRefusedAndTheEarlierStays() {
		this.log.report(Volumes.report("rpt-1", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31)), TERM,
				"agency-maqiao");

		ProblemException refusal = refusalOf(() -> this.log.report(
				Volumes.report("rpt-2", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 5, 31)), TERM, "agency-maqiao"));

		assertThat(refusal.rule()).isEqualTo("period-overlaps-report");
		assertThat(refusal.getMessage()).contains("rpt-1");
		assertThat(this.log.reports()).extracting(ProgressReport::reportId).containsExactly("rpt-1");
	}

	@Test
	void reportsAreListedEarliestPeriodFirstWhateverTheOrderTheyCameIn() {
		this.log.report(Volumes.report("rpt-2", LocalDate.of(2027, 4, 1), LocalDate.of(2027, 6, 30)), TERM,
				"agency-maqiao");
		this.log.report(Volumes.report("rpt-1", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31)), TERM,
				"agency-maqiao");

		assertThat(this.log.reports()).extracting(ProgressReport::reportId).containsExactly("rpt-1", "rpt-2");
	}

}
