package cn.shegong.evaluation.dashboard.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

import cn.shegong.evaluation.contract.application.ContractCopies;
import cn.shegong.evaluation.dashboard.model.BuyerContracts;
import cn.shegong.evaluation.dashboard.model.Dashboard;
import cn.shegong.evaluation.dashboard.model.DashboardRules;
import cn.shegong.evaluation.dashboard.model.FinalEvaluation;
import cn.shegong.evaluation.evaluation.application.EvaluationFile;
import cn.shegong.evaluation.evaluation.model.ConsolidatedResult;
import cn.shegong.evaluation.evaluation.model.Evaluation;
import cn.shegong.platform.problem.ProblemException;
import cn.shegong.platform.security.Caller;

/**
 * The dashboard of a region over a period, from the evaluations whose grade became final
 * in it, optionally only of one buyer's contracts. A buyer's officer or a supervisor sees
 * the regions they govern; an admin any. Jurisdiction is checked on the region alone: a
 * buyer whose contracts lie elsewhere yields an empty dashboard.
 */
@Service
@EnableConfigurationProperties(DashboardProperties.class)
public class DashboardQuery {

	private final FinalEvaluationsReader reader;

	private final DashboardRules rules;

	private final ContractCopies contracts;

	DashboardQuery(FinalEvaluationsReader reader, ContractCopies contracts, DashboardProperties properties) {
		this.reader = reader;
		this.contracts = contracts;
		this.rules = properties.rules();
	}

	/**
	 * @param buyerId the buyer whose contracts alone count, or empty for all
	 */
	public Dashboard read(Caller caller, String region, Optional<String> buyerId, LocalDate from, LocalDate to) {
		if (!caller.hasRole("admin") && !caller.governs(region)) {
			throw ProblemException.forbidden("dashboard-region-not-governed",
					"Region " + region
							+ " is outside your region; you may read the dashboards of the regions you govern.",
					region);
		}
		Optional<BuyerContracts> buyer = buyerId.map(this::boughtBy);
		List<FinalEvaluation> evaluations = this.reader
			.finalizedIn(region, from, to, buyer.map(BuyerContracts::contractIds))
			.stream()
			.map(DashboardQuery::finalEvaluation)
			.toList();
		return buyer.map((bought) -> Dashboard.ofBuyer(bought, evaluations, this.rules))
			.orElseGet(() -> Dashboard.of(evaluations, this.rules));
	}

	private BuyerContracts boughtBy(String buyerId) {
		return new BuyerContracts(buyerId, Set.copyOf(this.contracts.idsBoughtBy(buyerId)));
	}

	private static FinalEvaluation finalEvaluation(EvaluationFile file) {
		Evaluation e = file.evaluation();
		ConsolidatedResult result = e.grading().result();
		List<FinalEvaluation.Dimension> dimensions = file.dimensions()
			.stream()
			.map((d) -> new FinalEvaluation.Dimension(d.code(), d.label(), d.score(), d.max()))
			.toList();
		return new FinalEvaluation(e.id(), e.subject().contractId(), e.subject().agencyId(), e.kind().name(),
				e.grading().finalOn(), result.score(), FinalEvaluation.gradeOf(result.grade(), result.failed()),
				dimensions, (e.correction() != null) ? e.correction().correctsEvaluationId() : null);
	}

}
