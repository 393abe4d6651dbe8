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
import cn.shegong.procurement.contract.application.ReleaseHeld;
import cn.shegong.procurement.contract.application.SettleEvaluation;
import cn.shegong.procurement.event.RectificationVerified;

/**
 * Pays, withholds and bans as finalized evaluations say, and releases what a grade held
 * once its rectification is verified. Reads {@code evaluation.EvaluationFinalized} v1 and
 * {@code evaluation.RectificationVerified} v1 from {@code evaluation.events} (one
 * listener for the topic, so the consumer group does not split it) and ignores the
 * topic's other events. Each event is handled once however often it arrives. An event
 * that names an unknown contract or cannot apply to it is refused by a rule no retry can
 * change, so it goes to the dead-letter topic at once; anything else (a concurrent
 * change, the store away) is retried by the platform's error handler.
 */
@Component
class EvaluationFinalizedListener {

	static final EventType EVALUATION_FINALIZED = EventType.of("evaluation.EvaluationFinalized", 1);

	static final String CONSUMER = "procurement-payments";

	static final EventType RECTIFICATION_VERIFIED = EventType.of("evaluation.RectificationVerified", 1);

	static final String RELEASES = "procurement-held-releases";

	private static final String SPOT_CHECK = "SPOT_CHECK";

	private static final Logger log = LoggerFactory.getLogger(EvaluationFinalizedListener.class);

	private final EventJson json;

	private final IdempotentConsumer idempotent;

	private final SettleEvaluation settle;

	private final ReleaseHeld releases;

	EvaluationFinalizedListener(EventJson json, IdempotentConsumer idempotent, SettleEvaluation settle,
			ReleaseHeld releases) {
		this.json = json;
		this.idempotent = idempotent;
		this.settle = settle;
		this.releases = releases;
	}

	@KafkaListener(topics = Topics.EVALUATION)
	void on(String message) {
		EventEnvelope event = this.json.read(message);
		if (event.is(EVALUATION_FINALIZED)) {
			this.idempotent.handleOnce(CONSUMER, event, this::handle);
		}
		else if (event.is(RECTIFICATION_VERIFIED)) {
			this.idempotent.handleOnce(RELEASES, event, this::release);
		}
	}

	private void release(EventEnvelope event) {
		RectificationVerified verified = this.json.fromData(event, RectificationVerified.class).requireReadable();
		try {
			this.releases.rectificationVerified(verified.contractId(), verified.evaluationId(), verified.verifiedOn());
		}
		catch (ProblemException ex) {
			log.warn("Rectification event {} cannot apply ({}): {}", event.eventId(), ex.rule(), ex.getMessage());
			throw new MalformedEventException(
					"evaluation event " + event.eventId() + " refused by rule " + ex.rule() + ": " + ex.getMessage(),
					ex);
		}
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
			if (finalized.correctsEvaluationId() != null) {
				log.info("Re-evaluation {} corrects evaluation {} of contract {}", finalized.evaluationId(),
						finalized.correctsEvaluationId(), finalized.contractId());
			}
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
