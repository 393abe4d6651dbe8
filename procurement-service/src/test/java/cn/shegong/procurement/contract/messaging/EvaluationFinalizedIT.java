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
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
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
import cn.shegong.procurement.contract.model.ContractStatus;
import cn.shegong.procurement.contract.persistence.ContractStore;
import cn.shegong.procurement.contract.persistence.FinalGrades;
import cn.shegong.procurement.delivery.model.MilestoneStatus;
import cn.shegong.procurement.event.ProcurementEvents;
import cn.shegong.procurement.payment.model.PaymentRecord;
import cn.shegong.procurement.registry.model.BanPeriod;
import cn.shegong.procurement.registry.persistence.AgencyRepository;
import cn.shegong.procurement.tender.model.TenderStatus;
import cn.shegong.procurement.tender.persistence.TenderStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Finalized evaluations arrive through the broker as evaluation-service will send them,
 * and pay, withhold, ban and complete as the contract says.
 */
@ServiceIntegrationTest
class EvaluationFinalizedIT {

	private static final LocalDate TERM_FROM = LocalDate.now(TenderStore.BUYER_ZONE).plusMonths(2).withDayOfMonth(1);

	private static final String DEAD_LETTERS = Topics.deadLetterOf(Topics.EVALUATION, "procurement-service");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	TenderStore tenders;

	@Autowired
	AgencyRepository agencies;

	@Autowired
	ContractStore contracts;

	@Autowired
	MongoTemplate mongo;

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
	void aMidTermPassReleasesNinetyPercentHoldsTenAndTheEventLeavesOnProcurementEvents() {
		send(finalized("MID_TERM", "mid-term", "PASS", false));

		PaymentRecord paid = awaitPayments(2).get(1);
		assertThat(paid.released().fen()).isEqualTo(12_555_000L);
		assertThat(paid.held().fen()).isEqualTo(1_395_000L);
		assertThat(paid.withheld().fen()).isZero();
		assertThat(contract().milestone("mid-term").orElseThrow().status()).isEqualTo(MilestoneStatus.PARTIALLY_MET);
		List<EventEnvelope> releases = published().about(this.contractId, ProcurementEvents.PAYMENT_RELEASED);
		EventEnvelope midTerm = releases.get(releases.size() - 1);
		assertThat(PublishedEvents.violations(midTerm)).isEmpty();
		assertThat(midTerm.data()).containsEntry("tranche", "AFTER_MIDTERM_GRADE")
			.containsEntry("releasedFen", 12_555_000)
			.containsEntry("heldFen", 1_395_000)
			.containsEntry("grade", "PASS");
	}

	@Test
	void theSameEvaluationDeliveredTwiceMakesOnePayment() {
		Map<String, Object> midTerm = finalized("MID_TERM", "mid-term", "GOOD", false);
		EventEnvelope envelope = envelope(midTerm);

		sendEnvelope(envelope);
		sendEnvelope(envelope);
		send(finalized("FINAL", "final", "EXCELLENT", false));

		List<PaymentRecord> payments = awaitPayments(3);
		assertThat(payments).extracting(PaymentRecord::evaluationId)
			.containsOnlyOnce((String) midTerm.get("evaluationId"));
		assertThat(published().about(this.contractId, ProcurementEvents.PAYMENT_RELEASED)).hasSize(3);
	}

	@Test
	void aFinalFailWithholdsTheLastTrancheBansTheAgencyAndCompletesTheContract() {
		LocalDate finalOn = TERM_FROM.plusMonths(11).plusDays(20);
		Map<String, Object> finalFail = finalized("FINAL", "final", "FAIL", false);
		finalFail.put("finalizedOn", finalOn.toString());

		send(finalFail);

		PaymentRecord withheld = awaitPayments(2).get(1);
		assertThat(withheld.withheld().fen()).isEqualTo(18_600_000L);
		assertThat(withheld.released().fen()).isZero();
		assertThat(contract().status()).isEqualTo(ContractStatus.COMPLETED);
		assertThat(contract().milestone("final").orElseThrow().status()).isEqualTo(MilestoneStatus.NOT_MET);
		// The tender follows after the contract's write (ADR 0010): awaited, not assumed.
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.tenders.find(this.awarded.tenderId()).orElseThrow().tender().status())
				.isEqualTo(TenderStatus.COMPLETED));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> !this.agencies.findById(this.awarded.agencyId()).orElseThrow().agency().bans().isEmpty());
		BanPeriod ban = this.agencies.findById(this.awarded.agencyId()).orElseThrow().agency().bans().get(0);
		assertThat(ban.from()).isEqualTo(finalOn);
		assertThat(ban.until()).isEqualTo(finalOn.plusMonths(12));
		assertThat(this.mongo.findById(finalFail.get("evaluationId"), Document.class, FinalGrades.COLLECTION))
			.containsExactlyInAnyOrderEntriesOf(Map.of("_id", finalFail.get("evaluationId"), "agencyId",
					this.awarded.agencyId(), "grade", "FAIL", "finalizedOn", finalOn.toString()));
		PublishedEvents published = published();
		List<EventEnvelope> withholdings = published.about(this.contractId, ProcurementEvents.PAYMENT_WITHHELD);
		assertThat(withholdings).hasSize(1);
		assertThat(PublishedEvents.violations(withholdings.get(0))).isEmpty();
		List<EventEnvelope> banned = published.about(this.awarded.agencyId(), ProcurementEvents.AGENCY_BANNED);
		assertThat(banned).hasSize(1);
		assertThat(PublishedEvents.violations(banned.get(0))).isEmpty();
		assertThat(banned.get(0).data()).containsEntry("until", finalOn.plusMonths(12).toString())
			.containsEntry("evaluationId", finalFail.get("evaluationId"));
	}

	@Test
	void aGoodFinalGradeIsRecordedForLaterBidScoringAndBansNobody() {
		Map<String, Object> finalGood = finalized("FINAL", "final", "GOOD", false);

		send(finalGood);

		assertThat(awaitPayments(2).get(1).released().fen()).isEqualTo(18_600_000L);
		assertThat(this.mongo.findById(finalGood.get("evaluationId"), Document.class, FinalGrades.COLLECTION))
			.containsEntry("grade", "GOOD");
		assertThat(this.agencies.findById(this.awarded.agencyId()).orElseThrow().agency().bans()).isEmpty();
	}

	@Test
	void aReEvaluationThatPassesReleasesWhatTheMidTermFailWithheld() {
		send(finalized("MID_TERM", "mid-term", "FAIL", false));
		assertThat(awaitPayments(2).get(1).withheld().fen()).isEqualTo(13_950_000L);

		send(finalized("RE_EVALUATION", "mid-term", "GOOD", false));

		PaymentRecord released = awaitPayments(3).get(2);
		assertThat(released.released().fen()).isEqualTo(13_950_000L);
		assertThat(released.withheld().fen()).isZero();
		assertThat(contract().payments().totalWithheld().fen()).isZero();
		assertThat(contract().milestone("mid-term").orElseThrow().status()).isEqualTo(MilestoneStatus.MET);
		assertThat(published().about(this.contractId, ProcurementEvents.PAYMENT_WITHHELD)).hasSize(1);
	}

	@Test
	void aFinanceVetoWithholdsTheMidTermTrancheWhateverTheGrade() {
		send(finalized("MID_TERM", "mid-term", "EXCELLENT", true));

		PaymentRecord withheld = awaitPayments(2).get(1);
		assertThat(withheld.withheld().fen()).isEqualTo(13_950_000L);
		assertThat(withheld.reason()).contains("veto");
		assertThat(contract().milestone("mid-term").orElseThrow().status()).isEqualTo(MilestoneStatus.NOT_MET);
	}

	@Test
	void anAnnualSpotCheckSettlesNothingAndIsNotDeadLettered() {
		Map<String, Object> spotCheck = finalized("SPOT_CHECK", "unused", "FAIL", false);
		spotCheck.remove("milestoneId");
		send(spotCheck);
		send(finalized("MID_TERM", "mid-term", "GOOD", false));

		List<PaymentRecord> payments = awaitPayments(2);
		assertThat(payments).extracting(PaymentRecord::evaluationId)
			.doesNotContain((String) spotCheck.get("evaluationId"));
		assertThat(contract().milestone("mid-term").orElseThrow().status())
			.as("the spot check, sent first on the same partition, neither blocked nor judged the milestone")
			.isEqualTo(MilestoneStatus.MET);
	}

	@Test
	void anEvaluationOfAnUnknownContractIsDeadLetteredAndPaysNothing() {
		Map<String, Object> unknown = finalized("MID_TERM", "mid-term", "GOOD", false);
		unknown.put("contractId", "ctr-nobody-knows");

		send(unknown);

		assertThat(deadLetter((String) unknown.get("evaluationId")).value()).contains("ctr-nobody-knows");
	}

	@Test
	void aMalformedEvaluationIsDeadLetteredAndLeavesThePaymentsAsTheyWere() {
		Map<String, Object> noGrade = finalized("MID_TERM", "mid-term", "GOOD", false);
		noGrade.remove("grade");
		Map<String, Object> wrongMilestone = finalized("MID_TERM", "final", "GOOD", false);

		send(noGrade);
		send(wrongMilestone);

		deadLetter((String) noGrade.get("evaluationId"));
		deadLetter((String) wrongMilestone.get("evaluationId"));
		assertThat(contract().payments().records()).hasSize(1);
		assertThat(contract().milestone("mid-term").orElseThrow().status()).isEqualTo(MilestoneStatus.SCHEDULED);
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
