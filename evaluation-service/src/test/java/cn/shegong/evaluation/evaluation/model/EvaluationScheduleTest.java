package cn.shegong.evaluation.evaluation.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.shegong.evaluation.evaluation.model.ContractTerms.Milestone;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluationScheduleTest {

	private final EvaluationSchedule schedule = new EvaluationSchedule(EvaluationRules.defaults());

	private static ContractTerms contract(LocalDate start, LocalDate end, Milestone... milestones) {
		return new ContractTerms("contract-1", "project-1", "agency-1", "440800", start, end, List.of(milestones));
	}

	private static final Milestone MID = new Milestone("m-mid", Milestone.Type.MID_TERM, LocalDate.of(2026, 7, 1));

	private static final Milestone END = new Milestone("m-final", Milestone.Type.FINAL, LocalDate.of(2026, 12, 31));

	private static final Milestone QUARTER = new Milestone("m-q1", Milestone.Type.QUARTERLY_MONITORING,
			LocalDate.of(2026, 3, 31));

	@Test
	void aMidTermEvaluationFallsOnTheMidTermMilestonesDueDate() {
		List<ScheduledEvaluation> planned = this.schedule
			.evaluationsFor(contract(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), MID, END));

		assertThat(planned.get(0).kind()).isEqualTo(EvaluationKind.MID_TERM);
		assertThat(planned.get(0).plannedFor()).isEqualTo(LocalDate.of(2026, 7, 1));
		assertThat(planned.get(0).subject().milestoneId()).isEqualTo("m-mid");
	}

	@Test
	void theFinalEvaluationFallsOneMonthBeforeTheTermEnds() {
		List<ScheduledEvaluation> planned = this.schedule
			.evaluationsFor(contract(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), MID, END));

		assertThat(planned.get(1).kind()).isEqualTo(EvaluationKind.FINAL);
		assertThat(planned.get(1).plannedFor()).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(planned.get(1).subject().milestoneId()).isEqualTo("m-final");
	}

	@Test
	void quarterlyMonitoringSchedulesNoEvaluation() {
		List<ScheduledEvaluation> planned = this.schedule
			.evaluationsFor(contract(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), QUARTER));

		assertThat(planned).extracting(ScheduledEvaluation::kind).containsExactly(EvaluationKind.FINAL);
	}

	@Test
	void theLeadTimeOfTheFinalEvaluationIsConfigurable() {
		EvaluationRules d = EvaluationRules.defaults();
		EvaluationRules twoMonths = new EvaluationRules(5, 15, d.conflictLookback(), Period.ofMonths(2),
				d.spotCheckMinimumTerm(), 3000, 1000, 5, 30, 8000);

		assertThat(new EvaluationSchedule(twoMonths)
			.finalEvaluationDate(contract(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))))
			.isEqualTo(LocalDate.of(2026, 10, 31));
	}

	@Test
	void aContractShorterThanTheLeadTimeIsEvaluatedOnItsFirstDay() {
		assertThat(this.schedule.finalEvaluationDate(contract(LocalDate.of(2026, 6, 10), LocalDate.of(2026, 6, 30))))
			.isEqualTo(LocalDate.of(2026, 6, 10));
	}

}
