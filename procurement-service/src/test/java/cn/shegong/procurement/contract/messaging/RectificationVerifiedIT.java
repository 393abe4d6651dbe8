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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.procurement.ContractSteps;
import cn.shegong.procurement.ContractSteps.Awarded;
import cn.shegong.procurement.PublishedEvents;
import cn.shegong.procurement.contract.model.Contract;
import cn.shegong.procurement.contract.persistence.ContractStore;
import cn.shegong.procurement.event.ProcurementEvents;
import cn.shegong.procurement.payment.model.PaymentBasis;
import cn.shegong.procurement.payment.model.PaymentRecord;
import cn.shegong.procurement.registry.model.BanPeriod;
import cn.shegong.procurement.registry.persistence.AgencyRepository;
import cn.shegong.procurement.tender.persistence.TenderStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Verified rectifications arrive through the broker as evaluation-service sends them and
 * release what a 合格 held, exactly once; a failing grade's rectification releases nothing,
 * and its passing re-evaluation pays what was withheld.
 */
@ServiceIntegrationTest
class RectificationVerifiedIT {

	private static final LocalDate TERM_FROM = LocalDate.now(TenderStore.BUYER_ZONE).plusMonths(2).withDayOfMonth(1);

	private static final String DEAD_LETTERS = Topics.deadLetterOf(Topics.EVALUATION, "procurement-service");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	AgencyRepository agencies;

	@Autowired
	ContractStore contracts;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	EventJson json;

	@Autowired
	EmbeddedKafkaBroker broker;

	@Autowired
	OutboxRelay relay;

	private Awarded awarded;

	private String contractId;

	@BeforeEach
	void aSignedContract() throws Exception {
		ContractSteps steps = new ContractSteps(this.mvc, this.context);
		this.awarded = steps.awardedTender(TERM_FROM, TERM_FROM.plusYears(1).minusDays(1));
		this.contractId = steps.signedContract(this.awarded);
	}

	@Test
	void aVerifiedRectificationReleasesTheTenPercentAPassHeldExactlyOnce() {
		Map<String, Object> pass = finalized("MID_TERM", "mid-term", "PASS", false);
		send(pass);
		assertThat(awaitPayments(2).get(1).held().fen()).isEqualTo(1_395_000L);

		EventEnvelope verified = verified(pass, "mid-term");
		sendEnvelope(verified);
		sendEnvelope(verified);
		sendEnvelope(verified(pass, "mid-term"));

		PaymentRecord release = awaitPayments(3).get(2);
		assertThat(release.basis()).isEqualTo(PaymentBasis.RECTIFICATION);
		assertThat(release.released().fen()).isEqualTo(1_395_000L);
		assertThat(release.evaluationId()).isEqualTo(pass.get("evaluationId"));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> published().about(this.contractId, ProcurementEvents.PAYMENT_RELEASED).size() == 3);
		EventEnvelope released = published().about(this.contractId, ProcurementEvents.PAYMENT_RELEASED).get(2);
		assertThat(PublishedEvents.violations(released)).isEmpty();
		assertThat(released.data()).containsEntry("releasedFen", 1_395_000)
			.containsEntry("heldFen", 0)
			.containsEntry("tranche", "AFTER_MIDTERM_GRADE")
			.containsEntry("evaluationId", pass.get("evaluationId"));
		send(finalized("FINAL", "final", "EXCELLENT", false));
		assertThat(awaitPayments(4)).hasSize(4);
		assertThat(contract().payments().totalHeld().fen()).isZero();
		assertThat(contract().payments().totalReleased().fen()).isEqualTo(46_500_000L);
	}

	@Test
	void aFailsRectificationReleasesNothingAndItsPassingReEvaluationPaysWhatWasWithheld() {
		Map<String, Object> fail = finalized("FINAL", "final", "FAIL", false);
		send(fail);
		assertThat(awaitPayments(2).get(1).withheld().fen()).isEqualTo(18_600_000L);
		sendEnvelope(verified(fail, "final"));

		Map<String, Object> reFail = finalized("RE_EVALUATION", "final", "FAIL", false);
		reFail.put("correctsEvaluationId", fail.get("evaluationId"));
		reFail.put("finalizedOn", TERM_FROM.plusMonths(13).toString());
		send(reFail);
		PaymentRecord stillWithheld = awaitPayments(3).get(2);
		assertThat(stillWithheld.withheld().fen()).isEqualTo(18_600_000L);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.agencies.findById(this.awarded.agencyId()).orElseThrow().agency().bans().size() == 2);
		assertThat(this.agencies.findById(this.awarded.agencyId()).orElseThrow().agency().bans())
			.extracting(BanPeriod::sourceEvaluationId)
			.containsExactly((String) fail.get("evaluationId"), (String) reFail.get("evaluationId"));

		Map<String, Object> rePass = finalized("RE_EVALUATION", "final", "PASS", false);
		rePass.put("correctsEvaluationId", reFail.get("evaluationId"));
		send(rePass);
		PaymentRecord paid = awaitPayments(4).get(3);
		assertThat(paid.released().fen()).isEqualTo(16_740_000L);
		assertThat(paid.held().fen()).isEqualTo(1_860_000L);
		sendEnvelope(verified(rePass, "final"));
		PaymentRecord release = awaitPayments(5).get(4);
		assertThat(release.released().fen()).isEqualTo(1_860_000L);
		assertThat(contract().payments().records()).hasSize(5);
		assertThat(contract().payments().totalWithheld().fen()).isZero();
	}

	@Test
	void aVerificationForAnUnknownContractIsDeadLettered() {
		Map<String, Object> pass = finalized("MID_TERM", "mid-term", "PASS", false);
		pass.put("contractId", "ctr-nobody-knows");

		sendEnvelope(verified(pass, "mid-term"));

		assertThat(deadLetter((String) pass.get("evaluationId")).value()).contains("ctr-nobody-knows");
	}

	private EventEnvelope verified(Map<String, Object> finalized, String milestoneId) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("evaluationId", finalized.get("evaluationId"));
		data.put("contractId", finalized.get("contractId"));
		data.put("milestoneId", milestoneId);
		data.put("projectId", "prj-1");
		data.put("agencyId", this.awarded.agencyId());
		data.put("regionCode", "330481");
		data.put("grade", finalized.get("grade"));
		data.put("verifiedOn", TERM_FROM.plusMonths(7).toString());
		return new EventEnvelope(UUID.randomUUID().toString(), "evaluation.RectificationVerified", 1, Instant.now(),
				"evaluation-service", (String) finalized.get("evaluationId"), data);
	}

	private Map<String, Object> finalized(String kind, String milestoneId, String grade, boolean veto) {
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

	private static EventEnvelope envelope(Map<String, Object> data) {
		return new EventEnvelope(UUID.randomUUID().toString(), "evaluation.EvaluationFinalized", 1, Instant.now(),
				"evaluation-service", (String) data.get("evaluationId"), data);
	}

	private void send(Map<String, Object> data) {
		sendEnvelope(envelope(data));
	}

	/**
	 * Keyed by the contract, as evaluation-service keys them, so they arrive in order.
	 */
	private void sendEnvelope(EventEnvelope envelope) {
		Object contract = envelope.data().get("contractId");
		this.kafka.send(Topics.EVALUATION, (contract != null) ? contract.toString() : envelope.subject(),
				this.json.write(envelope));
	}

	private List<PaymentRecord> awaitPayments(int count) {
		await().atMost(Duration.ofSeconds(30)).until(() -> contract().payments().records().size() >= count);
		return contract().payments().records();
	}

	private Contract contract() {
		return this.contracts.find(this.contractId).orElseThrow().contract();
	}

	private PublishedEvents published() {
		return new PublishedEvents(this.broker.getBrokersAsString(), this.relay);
	}

	private ConsumerRecord<String, String> deadLetter(String evaluationId) {
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

}
