package cn.shegong.e2e;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;

import static org.awaitility.Awaitility.await;

/**
 * What procurement paid once evaluation-service's {@code EvaluationFinalized} reached it.
 */
final class EvaluationResults {

	private EvaluationResults() {
	}

	/**
	 * The contract's first payment for a tranche, once the consumer has recorded it.
	 */
	static JsonNode awaitPayment(String contractId, String tranche) {
		return awaitFirst(contractId, (payment) -> payment.get("tranche").asString().equals(tranche));
	}

	/**
	 * The payment made on a basis (e.g. {@code RECTIFICATION}, {@code RE_EVALUATION}) for
	 * an evaluation, once procurement has recorded it.
	 */
	static JsonNode awaitPaymentOf(String contractId, String basis, String evaluationId) {
		return awaitFirst(contractId, (payment) -> basis.equals(payment.path("basis").asString())
				&& evaluationId.equals(payment.path("evaluationId").asString()));
	}

	private static JsonNode awaitFirst(String contractId, Predicate<JsonNode> wanted) {
		AtomicReference<JsonNode> found = new AtomicReference<>();
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
			JsonNode payments = Http.getAs(ProcurementStoryIT.contract(contractId) + "/payments", "officer.haining")
				.json();
			for (JsonNode payment : payments.get("payments")) {
				if (wanted.test(payment)) {
					found.set(payment);
					return true;
				}
			}
			return false;
		});
		return found.get();
	}

}
