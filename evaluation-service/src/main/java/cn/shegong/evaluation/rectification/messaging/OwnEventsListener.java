package cn.shegong.evaluation.rectification.messaging;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.shegong.evaluation.event.EvaluationEvents;
import cn.shegong.evaluation.event.EvaluationFinalized;
import cn.shegong.evaluation.event.RectificationVerified;
import cn.shegong.evaluation.evaluation.application.ReEvaluationPlanning;
import cn.shegong.evaluation.rectification.application.RectificationFlow;
import cn.shegong.evaluation.rectification.model.RectificationRules;
import cn.shegong.evaluation.rectification.model.RectificationSubject;
import cn.shegong.platform.consumer.IdempotentConsumer;
import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.event.EventJson;
import cn.shegong.platform.event.Topics;

/**
 * Reads evaluation's own topic: a final grade opens its rectification, a verified
 * rectification of a failing grade plans the re-evaluation. Each step follows a fact
 * already stored with its outbox event, so a process stopped between the two writes loses
 * nothing: the relay publishes the event and this listener catches up. Both steps are
 * keyed (the rectification by evaluation id, the re-evaluation by its reason), so a
 * redelivery does nothing twice.
 */
@Component
class OwnEventsListener {

	static final String RECTIFICATIONS = "evaluation-rectifications";

	static final String RE_EVALUATIONS = "evaluation-re-evaluations";

	private final EventJson json;

	private final IdempotentConsumer idempotent;

	private final RectificationFlow rectifications;

	private final ReEvaluationPlanning reEvaluations;

	OwnEventsListener(EventJson json, IdempotentConsumer idempotent, RectificationFlow rectifications,
			ReEvaluationPlanning reEvaluations) {
		this.json = json;
		this.idempotent = idempotent;
		this.rectifications = rectifications;
		this.reEvaluations = reEvaluations;
	}

	@KafkaListener(topics = Topics.EVALUATION)
	void on(String message) {
		EventEnvelope event = this.json.read(message);
		if (event.is(EvaluationEvents.EVALUATION_FINALIZED)) {
			this.idempotent.handleOnce(RECTIFICATIONS, event, this::finalized);
		}
		else if (event.is(EvaluationEvents.RECTIFICATION_VERIFIED)) {
			this.idempotent.handleOnce(RE_EVALUATIONS, event, this::verified);
		}
	}

	private void finalized(EventEnvelope event) {
		EvaluationFinalized f = this.json.fromData(event, EvaluationFinalized.class);
		this.rectifications.open(new RectificationSubject(f.evaluationId(), f.contractId(), f.milestoneId(),
				f.projectId(), f.agencyId(), f.regionCode(), f.grade()), f.finalizedOn());
	}

	private void verified(EventEnvelope event) {
		RectificationVerified v = this.json.fromData(event, RectificationVerified.class);
		if (RectificationRules.reEvaluationFollows(v.grade())) {
			this.reEvaluations.plan(v.evaluationId(), "整改已于 " + v.verifiedOn() + " 验收 (rectification of "
					+ v.evaluationId() + " verified on " + v.verifiedOn() + ")");
		}
	}

}
