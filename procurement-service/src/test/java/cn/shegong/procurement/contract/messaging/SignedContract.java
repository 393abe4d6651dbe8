package cn.shegong.procurement.contract.messaging;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.context.ApplicationContext;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.event.EventJson;
import cn.shegong.platform.event.Topics;
import cn.shegong.platform.outbox.OutboxRelay;
import cn.shegong.procurement.ContractSteps;
import cn.shegong.procurement.ContractSteps.Awarded;
import cn.shegong.procurement.PublishedEvents;
import cn.shegong.procurement.contract.model.Contract;
import cn.shegong.procurement.contract.persistence.ContractStore;
import cn.shegong.procurement.payment.model.PaymentRecord;
import cn.shegong.procurement.tender.persistence.TenderStore;

import static org.awaitility.Awaitility.await;

/**
 * A contract awarded and signed through the web layer for a year from {@link #TERM_FROM},
 * with its milestones, and evaluation-service's envelopes about it sent through the
 * broker as evaluation-service sends them; what they pay, publish or dead-letter is read
 * back here.
 */
final class SignedContract {

	static final LocalDate TERM_FROM = LocalDate.now(TenderStore.BUYER_ZONE).plusMonths(2).withDayOfMonth(1);

	static final String DEAD_LETTERS = Topics.deadLetterOf(Topics.EVALUATION, "procurement-service");

	private final Awarded awarded;

	private final String contractId;

	private final ContractStore contracts;

	private final KafkaTemplate<String, String> kafka;

	private final EventJson json;

	private final EmbeddedKafkaBroker broker;

	private final OutboxRelay relay;

	private SignedContract(Awarded awarded, String contractId, ApplicationContext context) {
		this.awarded = awarded;
		this.contractId = contractId;
		this.contracts = context.getBean(ContractStore.class);
		this.kafka = stringTemplate(context);
		this.json = context.getBean(EventJson.class);
		this.broker = context.getBean(EmbeddedKafkaBroker.class);
		this.relay = context.getBean(OutboxRelay.class);
	}

	static SignedContract sign(MockMvc mvc, ApplicationContext context) throws Exception {
		ContractSteps steps = new ContractSteps(mvc, context);
		Awarded awarded = steps.awardedTender(TERM_FROM, TERM_FROM.plusYears(1).minusDays(1));
		return new SignedContract(awarded, steps.signedContract(awarded), context);
	}

	Awarded awarded() {
		return this.awarded;
	}

	String contractId() {
		return this.contractId;
	}

	/**
	 * EvaluationFinalized's data for this contract, finalized six months into the term.
	 */
	Map<String, Object> finalized(String kind, String milestoneId, String grade, boolean veto) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("evaluationId", "ev-" + UUID.randomUUID());
		data.put("contractId", this.contractId);
		data.put("milestoneId", milestoneId);
		data.put("kind", kind);
		data.put("score", "FAIL".equals(grade) ? "55.20" : "84.75");
		data.put("grade", grade);
		data.put("veto", veto);
		data.put("finalizedOn", TERM_FROM.plusMonths(6).toString());
		return data;
	}

	static EventEnvelope envelope(Map<String, Object> data) {
		return new EventEnvelope(UUID.randomUUID().toString(), "evaluation.EvaluationFinalized", 1, Instant.now(),
				"evaluation-service", (String) data.get("evaluationId"), data);
	}

	/** EvaluationFinalized with {@code data}, in a fresh envelope. */
	void send(Map<String, Object> data) {
		sendEnvelope(envelope(data));
	}

	/**
	 * Keyed by the contract, as evaluation-service keys them, so they arrive in order.
	 */
	void sendEnvelope(EventEnvelope envelope) {
		Object contract = envelope.data().get("contractId");
		this.kafka.send(Topics.EVALUATION, (contract != null) ? contract.toString() : envelope.subject(),
				this.json.write(envelope));
	}

	List<PaymentRecord> awaitPayments(int count) {
		await().atMost(Duration.ofSeconds(30)).until(() -> contract().payments().records().size() >= count);
		return contract().payments().records();
	}

	Contract contract() {
		return this.contracts.find(this.contractId).orElseThrow().contract();
	}

	PublishedEvents published() {
		return new PublishedEvents(this.broker.getBrokersAsString(), this.relay);
	}

	/** The dead letter that mentions {@code evaluationId}, waited for. */
	ConsumerRecord<String, String> deadLetter(String evaluationId) {
		Map<String, Object> props = KafkaTestUtils.consumerProps(this.broker.getBrokersAsString(),
				"dlt-reader-" + UUID.randomUUID(), false);
		props.put("auto.offset.reset", "earliest");
		List<ConsumerRecord<String, String>> parked = new ArrayList<>();
		try (Consumer<String, String> consumer = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(),
				new StringDeserializer())
			.createConsumer()) {
			consumer.subscribe(List.of(DEAD_LETTERS));
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				consumer.poll(Duration.ofMillis(500)).forEach(parked::add);
				return parked.stream().anyMatch((record) -> record.value().contains(evaluationId));
			});
		}
		return parked.stream().filter((record) -> record.value().contains(evaluationId)).findFirst().orElseThrow();
	}

	/**
	 * The test's template, autowired in tests as {@code KafkaTemplate<String, String>}.
	 */
	@SuppressWarnings("unchecked")
	private static KafkaTemplate<String, String> stringTemplate(ApplicationContext context) {
		return context.getBean(KafkaTemplate.class);
	}

}
