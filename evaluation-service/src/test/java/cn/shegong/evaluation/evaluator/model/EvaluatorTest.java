package cn.shegong.evaluation.evaluator.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.shegong.evaluation.evaluation.model.ConflictOfInterest;
import cn.shegong.evaluation.evaluation.model.EvaluatorCandidate;
import cn.shegong.platform.problem.ProblemException;

import static cn.shegong.platform.test.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

class EvaluatorTest {

	private static final LocalDate ASSIGNED_ON = LocalDate.of(2026, 6, 1);

	private static final ConflictOfInterest CONFLICT = new ConflictOfInterest(Period.ofYears(3));

	private static Evaluator zhiping() {
		return new Evaluator("evaluator.zhiping", "钱志平", "eval-zhiping", List.of());
	}

	private static RegisteredContract training(String orgId, String agencyId) {
		return new RegisteredContract("oc-1", orgId, agencyId, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
				"督导培训");
	}

	@Test
	void aCandidateCarriesOnlyTheContractsOfTheEvaluatorsOwnOrganisation() {
		EvaluatorCandidate candidate = zhiping()
			.asCandidate(List.of(training("eval-zhiping", "agency-maqiao"), training("eval-other", "agency-xiashi"))
				.stream()
				.map(RegisteredContract::asOrganisationContract)
				.toList());

		assertThat(candidate.organisationContracts()).singleElement()
			.satisfies((contract) -> assertThat(contract.agencyId()).isEqualTo("agency-maqiao"));
	}

	@Test
	void anEvaluatorWhoWorkedForTheAgencyLastYearIsRefusedForIt() {
		Evaluator evaluator = zhiping()
			.withEmployment(Evaluator.employment("agency-maqiao", LocalDate.of(2020, 3, 1), LocalDate.of(2025, 6, 30)));

		ProblemException refusal = refusalOf(
				() -> CONFLICT.requireNoConflict(evaluator.asCandidate(List.of()), "agency-maqiao", ASSIGNED_ON));

		assertThat(refusal.rule()).isEqualTo("evaluator-worked-for-agency-recently");
	}

	@Test
	void anEvaluatorWithNoHistoryMayEvaluateAnyAgency() {
		EvaluatorCandidate candidate = zhiping().asCandidate(List.of());

		CONFLICT.requireNoConflict(candidate, "agency-maqiao", ASSIGNED_ON);

		assertThat(candidate.employments()).isEmpty();
	}

	@Test
	void anEmploymentEndingBeforeItStartsIsRefusedWithItsDates() {
		ProblemException refusal = refusalOf(
				() -> Evaluator.employment("agency-maqiao", LocalDate.of(2024, 5, 1), LocalDate.of(2024, 4, 30)));

		assertThat(refusal.rule()).isEqualTo("employment-ends-before-it-starts");
		assertThat(refusal.arguments()).containsExactly("agency-maqiao", LocalDate.of(2024, 5, 1),
				LocalDate.of(2024, 4, 30));
	}

	@Test
	void anOpenEmploymentHasNoEnd() {
		assertThat(Evaluator.employment("agency-maqiao", LocalDate.of(2024, 5, 1), null).until()).isNull();
	}

	@Test
	void aContractEndingBeforeItStartsIsRefused() {
		ProblemException refusal = refusalOf(() -> new RegisteredContract("oc-2", "eval-zhiping", "agency-maqiao",
				LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 31), "培训"));

		assertThat(refusal.rule()).isEqualTo("contract-ends-before-it-starts");
	}

}
