package cn.shegong.evaluation.evaluator.application;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import cn.shegong.evaluation.evaluation.model.ConflictOfInterest;
import cn.shegong.evaluation.evaluation.model.EvaluatorCandidate;
import cn.shegong.evaluation.evaluator.model.Evaluator;
import cn.shegong.platform.problem.ProblemException;
import cn.shegong.platform.test.ServiceIntegrationTest;

import static cn.shegong.platform.test.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assignment use case gets a registered evaluator as the conflict-of-interest rule
 * needs them; the demo evaluator is registered at start-up once, without conflicts.
 */
@ServiceIntegrationTest
class EvaluatorCandidatesIT {

	private static final LocalDate ASSIGNED_ON = LocalDate.of(2026, 6, 1);

	@Autowired
	EvaluatorCandidates candidates;

	@Autowired
	Evaluators evaluators;

	@Autowired
	DemoEvaluator demo;

	@Test
	void aCandidateCarriesTheEmploymentsAndTheOrganisationsContracts() {
		String org = "eval-" + UUID.randomUUID();
		String id = "evaluator." + UUID.randomUUID();
		this.evaluators.register(new Evaluator(id, "评估员", org,
				List.of(Evaluator.employment("agency-xiashi", LocalDate.of(2015, 1, 1), LocalDate.of(2018, 12, 31)))));
		this.evaluators.addContract(org, "agency-maqiao", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "督导培训");
		this.evaluators.addContract("eval-" + UUID.randomUUID(), "agency-maqiao", LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 12, 31), "另一机构的合同");

		EvaluatorCandidate candidate = this.candidates.candidate(id);

		assertThat(candidate.evaluatorOrgId()).isEqualTo(org);
		assertThat(candidate.employments()).singleElement()
			.satisfies((employment) -> assertThat(employment.agencyId()).isEqualTo("agency-xiashi"));
		assertThat(candidate.organisationContracts()).singleElement()
			.satisfies((contract) -> assertThat(contract.agencyId()).isEqualTo("agency-maqiao"));
		ConflictOfInterest conflict = new ConflictOfInterest(Period.ofYears(3));
		assertThat(refusalOf(() -> conflict.requireNoConflict(candidate, "agency-maqiao", ASSIGNED_ON)).rule())
			.isEqualTo("evaluator-organisation-contracts-with-agency");
		conflict.requireNoConflict(candidate, "agency-xiashi", ASSIGNED_ON);
	}

	@Test
	void anUnknownEvaluatorIsRefusedAsNotFound() {
		ProblemException refusal = refusalOf(() -> this.candidates.candidate("evaluator.nobody"));

		assertThat(refusal.rule()).isEqualTo("evaluator-not-found");
		assertThat(refusal.kind()).isEqualTo(ProblemException.Kind.NOT_FOUND);
	}

	@Test
	void theDemoEvaluatorIsRegisteredOnceWithoutConflictsHoweverOftenTheServiceStarts() {
		this.demo.run(new DefaultApplicationArguments());
		this.demo.run(new DefaultApplicationArguments());

		EvaluatorCandidate zhiping = this.candidates.candidate("evaluator.zhiping");

		assertThat(zhiping.evaluatorOrgId()).isEqualTo("eval-zhiping");
		assertThat(zhiping.employments()).isEmpty();
		assertThat(zhiping.organisationContracts()).isEmpty();
		assertThat(this.evaluators.all()).filteredOn((e) -> e.evaluatorId().equals("evaluator.zhiping")).hasSize(1);
		new ConflictOfInterest(Period.ofYears(3)).requireNoConflict(zhiping, "agency-maqiao", ASSIGNED_ON);
	}

}
