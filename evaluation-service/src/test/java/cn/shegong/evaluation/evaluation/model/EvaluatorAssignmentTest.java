package cn.shegong.evaluation.evaluation.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.shegong.evaluation.evaluation.model.EvaluationFact.EvaluatorsAssigned;

import static cn.shegong.evaluation.evaluation.model.Evaluations.AGENCY;
import static cn.shegong.evaluation.evaluation.model.Evaluations.RULES;
import static cn.shegong.evaluation.evaluation.model.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/** Assignment on 2026-09-02: three years back is 2023-09-02. */
class EvaluatorAssignmentTest {

	private static final LocalDate ON = Evaluations.ASSIGNED_ON;

	private final ConflictOfInterest conflicts = ConflictOfInterest.of(RULES);

	private EvaluationStep assign(EvaluatorCandidate... candidates) {
		return Evaluations.planned().assign(List.of(candidates), this.conflicts, ON);
	}

	@Test
	void evaluatorsWithoutTiesAreAssigned() {
		EvaluationStep step = assign(Evaluators.clean("ev-1"), Evaluators.clean("ev-2"));

		assertThat(step.facts()).singleElement()
			.isInstanceOfSatisfying(EvaluatorsAssigned.class,
					(f) -> assertThat(f.evaluatorIds()).containsExactly("ev-1", "ev-2"));
	}

	@Test
	void anEvaluatorWhoLeftTheAgencyExactlyThreeYearsAgoIsRefused() {
		assertRefused(() -> assign(Evaluators.formerlyAt(AGENCY, LocalDate.of(2020, 1, 1), LocalDate.of(2023, 9, 2))),
				"evaluator-worked-for-agency-recently")
			.hasMessageContaining("2023-09-02")
			.hasMessageContaining("2026-09-02")
			.hasMessageContaining("P3Y");
	}

	@Test
	void anEvaluatorWhoLeftTheAgencyThreeYearsAndADayAgoIsAssigned() {
		EvaluationStep step = assign(Evaluators.formerlyAt(AGENCY, LocalDate.of(2020, 1, 1), LocalDate.of(2023, 9, 1)));

		assertThat(step.evaluation().panel().evaluatorIds()).containsExactly("ev-former");
	}

	@Test
	void anEvaluatorStillEmployedByTheAgencyIsRefused() {
		assertRefused(() -> assign(Evaluators.formerlyAt(AGENCY, LocalDate.of(2025, 1, 1), null)),
				"evaluator-worked-for-agency-recently")
			.hasMessageContaining("now");
	}

	@Test
	void employmentAtAnotherAgencyIsNoConflict() {
		EvaluationStep step = assign(Evaluators.formerlyAt("agency-other", LocalDate.of(2025, 1, 1), null));

		assertThat(step.evaluation().status()).isEqualTo(EvaluationStatus.ASSIGNED);
	}

	@Test
	void theLookbackIsConfigurable() {
		ConflictOfInterest fiveYears = new ConflictOfInterest(Period.ofYears(5));
		EvaluatorCandidate leftFourYearsAgo = Evaluators.formerlyAt(AGENCY, LocalDate.of(2015, 1, 1),
				LocalDate.of(2022, 9, 2));

		assertRefused(() -> Evaluations.planned().assign(List.of(leftFourYearsAgo), fiveYears, ON),
				"evaluator-worked-for-agency-recently");
	}

	@Test
	void anEvaluatorWhoseOrganisationHoldsAContractWithTheAgencyIsRefused() {
		assertRefused(() -> assign(
				Evaluators.withOrganisationContract(AGENCY, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))),
				"evaluator-organisation-contracts-with-agency")
			.hasMessageContaining("org-contract-1")
			.hasMessageContaining("2026-12-31");
	}

	@Test
	void anOrganisationContractEndingTheDayBeforeAssignmentIsNoConflict() {
		EvaluationStep step = assign(
				Evaluators.withOrganisationContract(AGENCY, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 9, 1)));

		assertThat(step.evaluation().status()).isEqualTo(EvaluationStatus.ASSIGNED);
	}

	@Test
	void anOrganisationContractEndingOnTheDayOfAssignmentIsAConflict() {
		assertRefused(() -> assign(
				Evaluators.withOrganisationContract(AGENCY, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 9, 2))),
				"evaluator-organisation-contracts-with-agency");
	}

	@Test
	void anEvaluationNeedsAtLeastOneEvaluator() {
		assertRefused(() -> assign(), "evaluation-needs-an-evaluator");
	}

	@Test
	void noEvaluatorIsAssignedTwice() {
		assertRefused(() -> assign(Evaluators.clean("ev-1"), Evaluators.clean("ev-1")), "evaluator-assigned-twice")
			.hasMessageContaining("ev-1");
	}

}
