package cn.shegong.evaluation.figure.messaging;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.shegong.evaluation.event.SatisfactionMeasured;
import cn.shegong.evaluation.figure.application.FigureRecording;
import cn.shegong.platform.consumer.IdempotentConsumer;
import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.event.EventJson;
import cn.shegong.platform.event.EventType;
import cn.shegong.platform.event.Topics;

/**
 * Reads satisfaction, awareness and ticket on-time figures from {@code feedback.events};
 * other events on the topic are ignored, each is handled once per event id.
 */
@Component
class FeedbackListener {

	static final EventType SATISFACTION_MEASURED = EventType.of("feedback.SatisfactionMeasured", 1);

	static final String CONSUMER = "evaluation-figures";

	private final EventJson json;

	private final IdempotentConsumer idempotent;

	private final FigureRecording figures;

	FeedbackListener(EventJson json, IdempotentConsumer idempotent, FigureRecording figures) {
		this.json = json;
		this.idempotent = idempotent;
		this.figures = figures;
	}

	@KafkaListener(topics = Topics.FEEDBACK)
	void on(String message) {
		EventEnvelope event = this.json.read(message);
		if (event.is(SATISFACTION_MEASURED)) {
			this.idempotent.handleOnce(CONSUMER, event, (measured) -> this.figures.satisfactionMeasured(measured,
					this.json.fromData(measured, SatisfactionMeasured.class)));
		}
	}

}
