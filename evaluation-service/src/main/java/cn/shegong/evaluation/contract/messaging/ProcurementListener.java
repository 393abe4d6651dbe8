package cn.shegong.evaluation.contract.messaging;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.shegong.evaluation.contract.application.ContractCopies;
import cn.shegong.evaluation.event.ContractAwarded;
import cn.shegong.evaluation.event.MilestoneDue;
import cn.shegong.evaluation.event.ProgressReported;
import cn.shegong.evaluation.event.ProjectPublished;
import cn.shegong.evaluation.figure.application.FigureRecording;
import cn.shegong.platform.consumer.IdempotentConsumer;
import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.event.EventJson;
import cn.shegong.platform.event.EventType;
import cn.shegong.platform.event.Topics;

/**
 * Reads {@code procurement.events}: awards, due milestones and the buyers of published
 * projects into the contract copies, progress reports into figures. One listener for the
 * topic, because every listener of a service shares its consumer group and two would
 * split the topic's partitions between them. Other events on the topic are ignored; each
 * is handled once per event id and consumer.
 */
@Component
class ProcurementListener {

	static final EventType CONTRACT_AWARDED = EventType.of("procurement.ContractAwarded", 1);

	static final EventType MILESTONE_DUE = EventType.of("procurement.MilestoneDue", 1);

	static final EventType PROJECT_PUBLISHED = EventType.of("procurement.ProjectPublished", 1);

	static final EventType PROGRESS_REPORTED = EventType.of("procurement.ProgressReported", 1);

	static final String CONTRACTS = "evaluation-contracts";

	static final String FIGURES = "evaluation-figures";

	private final EventJson json;

	private final IdempotentConsumer idempotent;

	private final ContractCopies contracts;

	private final FigureRecording figures;

	ProcurementListener(EventJson json, IdempotentConsumer idempotent, ContractCopies contracts,
			FigureRecording figures) {
		this.json = json;
		this.idempotent = idempotent;
		this.contracts = contracts;
		this.figures = figures;
	}

	@KafkaListener(topics = Topics.PROCUREMENT)
	void on(String message) {
		EventEnvelope event = this.json.read(message);
		if (event.is(CONTRACT_AWARDED)) {
			this.idempotent.handleOnce(CONTRACTS, event,
					(awarded) -> this.contracts.awarded(this.json.fromData(awarded, ContractAwarded.class)));
		}
		else if (event.is(MILESTONE_DUE)) {
			this.idempotent.handleOnce(CONTRACTS, event,
					(due) -> this.contracts.milestoneDue(this.json.fromData(due, MilestoneDue.class)));
		}
		else if (event.is(PROJECT_PUBLISHED)) {
			this.idempotent.handleOnce(CONTRACTS, event, (published) -> this.contracts
				.projectPublished(this.json.fromData(published, ProjectPublished.class)));
		}
		else if (event.is(PROGRESS_REPORTED)) {
			this.idempotent.handleOnce(FIGURES, event, (reported) -> this.figures.progressReported(reported,
					this.json.fromData(reported, ProgressReported.class)));
		}
	}

}
