package cn.shegong.e2e;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import cn.shegong.platform.event.EventEnvelope;
import tools.jackson.databind.JsonNode;

import static org.awaitility.Awaitility.await;

/**
 * Plays evaluation-service's part until it exists: publishes an
 * {@code evaluation.EvaluationFinalized} envelope on {@code evaluation.events} of the
 * suite's broker, in the shape procurement-service's consumer documents
 * (procurement-service/src/test/resources/consumed/).
 */
final class EvaluationResults {

	private static final String TOPIC = "evaluation.events";

	private EvaluationResults() {
	}

	static void finalized(String contractId, String milestoneId, String kind, String score, String grade) {
		Map<String, Object> data = new LinkedHashMap<>();
		String evaluationId = "ev-e2e-" + UUID.randomUUID();
		data.put("evaluationId", evaluationId);
		data.put("contractId", contractId);
		data.put("milestoneId", milestoneId);
		data.put("kind", kind);
		data.put("score", score);
		data.put("grade", grade);
		data.put("veto", false);
		data.put("finalizedOn",
				LocalDate.ofInstant(ProcurementSteps.serviceNow(), java.time.ZoneId.of("Asia/Shanghai")).toString());
		EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), "evaluation.EvaluationFinalized", 1,
				Instant.now(), "evaluation-service", evaluationId, data);
		SuiteTopics.publish(TOPIC, envelope);
	}

	/** The contract's payment for a tranche, once the consumer has recorded it. */
	static JsonNode awaitPayment(String contractId, String tranche) {
		AtomicReference<JsonNode> found = new AtomicReference<>();
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
			JsonNode payments = Http.getAs(ProcurementStoryIT.contract(contractId) + "/payments", "officer.haining")
				.json();
			for (JsonNode payment : payments.get("payments")) {
				if (payment.get("tranche").asString().equals(tranche)) {
					found.set(payment);
					return true;
				}
			}
			return false;
		});
		return found.get();
	}

}
