package cn.shegong.feedback.panel;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.shegong.feedback.event.EvaluatorsAssigned;
import cn.shegong.platform.consumer.IdempotentConsumer;
import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.event.EventJson;
import cn.shegong.platform.event.EventType;
import cn.shegong.platform.event.Topics;

/**
 * Keeps feedback's copy of each evaluation's panel. Reads
 * {@code evaluation.EvaluatorsAssigned} v1 from {@code evaluation.events} and ignores the
 * topic's other events. Handled once per event id; a redelivery after a crash between
 * store and record saves the same panel again, which changes nothing.
 */
@Component
class EvaluatorsAssignedListener {

	static final EventType EVALUATORS_ASSIGNED = EventType.of("evaluation.EvaluatorsAssigned", 1);

	static final String CONSUMER = "feedback-evaluator-panels";

	private final EventJson json;

	private final IdempotentConsumer idempotent;

	private final EvaluatorPanels panels;

	EvaluatorsAssignedListener(EventJson json, IdempotentConsumer idempotent, EvaluatorPanels panels) {
		this.json = json;
		this.idempotent = idempotent;
		this.panels = panels;
	}

	@KafkaListener(topics = Topics.EVALUATION)
	void on(String message) {
		EventEnvelope event = this.json.read(message);
		if (!event.is(EVALUATORS_ASSIGNED)) {
			return;
		}
		this.idempotent.handleOnce(CONSUMER, event,
				(assigned) -> this.panels.assigned(this.json.fromData(assigned, EvaluatorsAssigned.class)));
	}

}
