package cn.shegong.feedback.station.messaging;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.shegong.feedback.event.ContractAwarded;
import cn.shegong.feedback.event.ProjectPublished;
import cn.shegong.feedback.station.persistence.ServedProjects;
import cn.shegong.platform.consumer.IdempotentConsumer;
import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.event.EventJson;
import cn.shegong.platform.event.EventType;
import cn.shegong.platform.event.Topics;

/**
 * Keeps feedback's copy of each project from {@code procurement.events}: the publication
 * names it and its buyer, the award names the agency that answers residents. Other events
 * on the topic are ignored; each is handled once per event id, and handling one again
 * changes nothing anyway.
 */
@Component
class ProcurementProjectsListener {

	static final EventType PROJECT_PUBLISHED = EventType.of("procurement.ProjectPublished", 1);

	static final EventType CONTRACT_AWARDED = EventType.of("procurement.ContractAwarded", 1);

	static final String CONSUMER = "feedback-projects";

	private final EventJson json;

	private final IdempotentConsumer idempotent;

	private final ServedProjects projects;

	ProcurementProjectsListener(EventJson json, IdempotentConsumer idempotent, ServedProjects projects) {
		this.json = json;
		this.idempotent = idempotent;
		this.projects = projects;
	}

	@KafkaListener(topics = Topics.PROCUREMENT)
	void on(String message) {
		EventEnvelope event = this.json.read(message);
		if (event.is(PROJECT_PUBLISHED)) {
			this.idempotent.handleOnce(CONSUMER, event,
					(published) -> this.projects.published(this.json.fromData(published, ProjectPublished.class)));
		}
		else if (event.is(CONTRACT_AWARDED)) {
			this.idempotent.handleOnce(CONSUMER, event,
					(awarded) -> this.projects.awarded(this.json.fromData(awarded, ContractAwarded.class)));
		}
	}

}
