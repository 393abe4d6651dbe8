package cn.shegong.e2e;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import tools.jackson.databind.JsonNode;

import static org.awaitility.Awaitility.await;

/**
 * What procurement paid once evaluation-service's {@code EvaluationFinalized} reached it.
 */
final class EvaluationResults {

	private EvaluationResults() {
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
