package cn.shegong.evaluation.evaluation.messaging;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.shegong.evaluation.contract.model.MilestoneFellDue;
import cn.shegong.evaluation.evaluation.application.EvaluationFlow;

/**
 * Plans an evaluation when a contract's mid-term or final milestone falls due. The
 * announcement may come more than once; planning is keyed by contract and milestone.
 */
@Component
class EvaluationPlanning {

	private final EvaluationFlow flow;

	EvaluationPlanning(EvaluationFlow flow) {
		this.flow = flow;
	}

	@EventListener
	void on(MilestoneFellDue due) {
		this.flow.plan(due);
	}

}
