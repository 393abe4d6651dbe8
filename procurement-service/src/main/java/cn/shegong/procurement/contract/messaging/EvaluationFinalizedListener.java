package cn.shegong.procurement.contract.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.shegong.platform.consumer.IdempotentConsumer;
import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.event.EventJson;
import cn.shegong.platform.event.EventType;
import cn.shegong.platform.event.MalformedEventException;
import cn.shegong.platform.event.Topics;
import cn.shegong.platform.problem.ProblemException;
import cn.shegong.procurement.contract.application.SettleEvaluation;

/**
 * Pays, withholds and bans as finalized evaluations say. Reads
 * {@code evaluation.EvaluationFinalized} v1 from {@code evaluation.events} and ignores
 * the topic's other events. Each event is handled once however often it arrives. An event
 * that names an unknown contract or cannot apply to it is refused by a rule no retry can
 * change, so it goes to the dead-letter topic at once; anything else (a concurrent
 * change, the store away) is retried by the platform's error handler.
 */
@Component
class EvaluationFinalizedListener {

	static final EventType EVALUATION_FINALIZED = EventType.of("evaluation.EvaluationFinalized", 1);

	static final String CONSUMER = "procurement-payments";

	private static final String SPOT_CHECK = "SPOT_CHECK";

	private static final Logger log = LoggerFactory.getLogger(EvaluationFinalizedListener.class);

	private final EventJson json;

	private final IdempotentConsumer idempotent;

	private final SettleEvaluation settle;

	EvaluationFinalizedListener(EventJson json, IdempotentConsumer idempotent, SettleEvaluation settle) {
		this.json = json;
		this.idempotent = idempotent;
		this.settle = settle;
	}

	@KafkaListener(topics = Topics.EVALUATION)
	void on(String message) {
		EventEnvelope event = this.json.read(message);
		if (!event.is(EVALUATION_FINALIZED)) {
			return;
		}
		this.idempotent.handleOnce(CONSUMER, event, this::handle);
	}

	private void handle(EventEnvelope event) {
		if (SPOT_CHECK.equals(event.data().get("kind"))) {
			// An annual spot check grades the agency's work for the public record; no
			// tranche is tied to it (DOMAIN §4), so it settles nothing here.
			log.info("Spot check {} of contract {} settles no payment", event.subject(),
					event.data().get("contractId"));
			return;
		}
		EvaluationFinalized finalized = this.json.fromData(event, EvaluationFinalized.class);
		try {
			this.settle.settle(finalized.contractId(), finalized.outcome());
		}
		catch (ProblemException ex) {
			log.warn("Evaluation event {} cannot apply ({}): {}", event.eventId(), ex.rule(), ex.getMessage());
			throw new MalformedEventException(
					"evaluation event " + event.eventId() + " refused by rule " + ex.rule() + ": " + ex.getMessage(),
					ex);
		}
	}

}
