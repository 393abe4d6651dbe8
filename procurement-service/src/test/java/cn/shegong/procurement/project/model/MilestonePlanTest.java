package cn.shegong.procurement.project.model;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MilestonePlanTest {

	private final TermRules rules = TermRules.defaults();

	@Test
	void aCalendarYearGetsQuarterlyMonitoringAMidTermAndAFinalEvaluationAMonthBeforeTheEnd() {
		ContractTerm year = ContractTerm.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), null, this.rules);

		List<Milestone> milestones = MilestonePlan.defaultFor(year, this.rules);

		assertThat(milestones).extracting(Milestone::type, Milestone::dueOn)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(MilestoneType.QUARTERLY_MONITORING, LocalDate.of(2027, 3, 31)),
					org.assertj.core.groups.Tuple.tuple(MilestoneType.QUARTERLY_MONITORING, LocalDate.of(2027, 6, 30)),
					org.assertj.core.groups.Tuple.tuple(MilestoneType.MID_TERM, LocalDate.of(2027, 7, 2)),
					org.assertj.core.groups.Tuple.tuple(MilestoneType.QUARTERLY_MONITORING, LocalDate.of(2027, 9, 30)),
					org.assertj.core.groups.Tuple.tuple(MilestoneType.FINAL, LocalDate.of(2027, 11, 30)));
		assertThat(milestones).allMatch((milestone) -> milestone.status() == Milestone.MilestoneStatus.SCHEDULED);
	}

	@Test
	void aMilestoneIsDueFromItsDayOnUntilItIsJudged() {
		Milestone midTerm = Milestone.scheduled("mid-term", MilestoneType.MID_TERM, LocalDate.of(2027, 7, 2));

		assertThat(midTerm.isDueOn(LocalDate.of(2027, 7, 1))).isFalse();
		assertThat(midTerm.isDueOn(LocalDate.of(2027, 7, 2))).isTrue();
		assertThat(midTerm.judged(Milestone.MilestoneStatus.MET).isDueOn(LocalDate.of(2027, 7, 3))).isFalse();
	}

}
