package cn.shegong.evaluation.evaluation.messaging;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.shegong.evaluation.contract.model.ContractCopied;
import cn.shegong.evaluation.contract.model.MilestoneFellDue;
import cn.shegong.evaluation.evaluation.application.EvaluationFlow;
import cn.shegong.evaluation.evaluation.application.EvaluationPlanner;

/**
 * Plans a contract's evaluations as soon as its award is stored, and again (planning
 * nothing new) when a mid-term or final milestone falls due: a due milestone the award
 * did not list still gets its evaluation. Either may come more than once and in either
 * order; planning is keyed by contract and milestone.
 */
@Component
class EvaluationPlanning {

	private final EvaluationFlow flow;

	private final EvaluationPlanner planner;

	EvaluationPlanning(EvaluationFlow flow, EvaluationPlanner planner) {
		this.flow = flow;
		this.planner = planner;
	}

	@EventListener
	void on(ContractCopied copied) {
		this.planner.planAwarded(copied.contract());
	}

	@EventListener
	void on(MilestoneFellDue due) {
		this.flow.plan(due);
	}

}
