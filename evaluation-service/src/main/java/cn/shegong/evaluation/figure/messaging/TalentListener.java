package cn.shegong.evaluation.figure.messaging;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.shegong.evaluation.event.StaffingChanged;
import cn.shegong.evaluation.figure.application.FigureRecording;
import cn.shegong.platform.consumer.IdempotentConsumer;
import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.event.EventJson;
import cn.shegong.platform.event.EventType;
import cn.shegong.platform.event.Topics;

/**
 * Reads staffing compliance and certified ratio from {@code talent.events}; other events
 * on the topic are ignored, each is handled once per event id.
 */
@Component
class TalentListener {

	static final EventType STAFFING_CHANGED = EventType.of("talent.StaffingChanged", 1);

	static final String CONSUMER = "evaluation-figures";

	private final EventJson json;

	private final IdempotentConsumer idempotent;

	private final FigureRecording figures;

	TalentListener(EventJson json, IdempotentConsumer idempotent, FigureRecording figures) {
		this.json = json;
		this.idempotent = idempotent;
		this.figures = figures;
	}

	@KafkaListener(topics = Topics.TALENT)
	void on(String message) {
		EventEnvelope event = this.json.read(message);
		if (event.is(STAFFING_CHANGED)) {
			this.idempotent.handleOnce(CONSUMER, event, (changed) -> this.figures.staffingChanged(changed,
					this.json.fromData(changed, StaffingChanged.class)));
		}
	}

}
