package cn.shegong.procurement.contract.messaging;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;

import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.procurement.ContractSteps.Awarded;
import cn.shegong.procurement.PublishedEvents;
import cn.shegong.procurement.contract.model.ContractStatus;
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

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	TenderStore tenders;

	@Autowired
	AgencyRepository agencies;

	@Autowired
	MongoTemplate mongo;

	private SignedContract signed;

	private Awarded awarded;

	private String contractId;

	@BeforeEach
	void aSignedContract() throws Exception {
		this.signed = SignedContract.sign(this.mvc, this.context);
		this.awarded = this.signed.awarded();
		this.contractId = this.signed.contractId();
	}

	@Test
	void aMidTermPassReleasesNinetyPercentHoldsTenAndTheEventLeavesOnProcurementEvents() {
		this.signed.send(this.signed.finalized("MID_TERM", "mid-term", "PASS", false));

		PaymentRecord paid = this.signed.awaitPayments(2).get(1);
		assertThat(paid.released().fen()).isEqualTo(12_555_000L);
		assertThat(paid.held().fen()).isEqualTo(1_395_000L);
		assertThat(paid.withheld().fen()).isZero();
		assertThat(this.signed.contract().milestone("mid-term").orElseThrow().status())
			.isEqualTo(MilestoneStatus.PARTIALLY_MET);
		List<EventEnvelope> releases = this.signed.published()
			.about(this.contractId, ProcurementEvents.PAYMENT_RELEASED);
		EventEnvelope midTerm = releases.get(releases.size() - 1);
		assertThat(PublishedEvents.violations(midTerm)).isEmpty();
		assertThat(midTerm.data()).containsEntry("tranche", "AFTER_MIDTERM_GRADE")
			.containsEntry("releasedFen", 12_555_000)
			.containsEntry("heldFen", 1_395_000)
			.containsEntry("grade", "PASS");
	}

	@Test
	void theSameEvaluationDeliveredTwiceMakesOnePayment() {
		Map<String, Object> midTerm = this.signed.finalized("MID_TERM", "mid-term", "GOOD", false);
		EventEnvelope envelope = SignedContract.envelope(midTerm);

		this.signed.sendEnvelope(envelope);
		this.signed.sendEnvelope(envelope);
		this.signed.send(this.signed.finalized("FINAL", "final", "EXCELLENT", false));

		List<PaymentRecord> payments = this.signed.awaitPayments(3);
		assertThat(payments).extracting(PaymentRecord::evaluationId)
			.containsOnlyOnce((String) midTerm.get("evaluationId"));
		assertThat(this.signed.published().about(this.contractId, ProcurementEvents.PAYMENT_RELEASED)).hasSize(3);
	}

	@Test
	void aFinalFailWithholdsTheLastTrancheBansTheAgencyAndCompletesTheContract() {
		LocalDate finalOn = SignedContract.TERM_FROM.plusMonths(11).plusDays(20);
		Map<String, Object> finalFail = this.signed.finalized("FINAL", "final", "FAIL", false);
		finalFail.put("finalizedOn", finalOn.toString());

		this.signed.send(finalFail);

		PaymentRecord withheld = this.signed.awaitPayments(2).get(1);
		assertThat(withheld.withheld().fen()).isEqualTo(18_600_000L);
		assertThat(withheld.released().fen()).isZero();
		assertThat(this.signed.contract().status()).isEqualTo(ContractStatus.COMPLETED);
		assertThat(this.signed.contract().milestone("final").orElseThrow().status()).isEqualTo(MilestoneStatus.NOT_MET);
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
		PublishedEvents published = this.signed.published();
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
		Map<String, Object> finalGood = this.signed.finalized("FINAL", "final", "GOOD", false);

		this.signed.send(finalGood);

		assertThat(this.signed.awaitPayments(2).get(1).released().fen()).isEqualTo(18_600_000L);
		assertThat(this.mongo.findById(finalGood.get("evaluationId"), Document.class, FinalGrades.COLLECTION))
			.containsEntry("grade", "GOOD");
		assertThat(this.agencies.findById(this.awarded.agencyId()).orElseThrow().agency().bans()).isEmpty();
	}

	@Test
	void aReEvaluationThatPassesReleasesWhatTheMidTermFailWithheld() {
		this.signed.send(this.signed.finalized("MID_TERM", "mid-term", "FAIL", false));
		assertThat(this.signed.awaitPayments(2).get(1).withheld().fen()).isEqualTo(13_950_000L);

		this.signed.send(this.signed.finalized("RE_EVALUATION", "mid-term", "GOOD", false));

		PaymentRecord released = this.signed.awaitPayments(3).get(2);
		assertThat(released.released().fen()).isEqualTo(13_950_000L);
		assertThat(released.withheld().fen()).isZero();
		assertThat(this.signed.contract().payments().totalWithheld().fen()).isZero();
		assertThat(this.signed.contract().milestone("mid-term").orElseThrow().status()).isEqualTo(MilestoneStatus.MET);
		assertThat(this.signed.published().about(this.contractId, ProcurementEvents.PAYMENT_WITHHELD)).hasSize(1);
	}

	@Test
	void aFinanceVetoWithholdsTheMidTermTrancheWhateverTheGrade() {
		this.signed.send(this.signed.finalized("MID_TERM", "mid-term", "EXCELLENT", true));

		PaymentRecord withheld = this.signed.awaitPayments(2).get(1);
		assertThat(withheld.withheld().fen()).isEqualTo(13_950_000L);
		assertThat(withheld.reason()).contains("veto");
		assertThat(this.signed.contract().milestone("mid-term").orElseThrow().status())
			.isEqualTo(MilestoneStatus.NOT_MET);
	}

	@Test
	void anAnnualSpotCheckSettlesNothingAndIsNotDeadLettered() {
		Map<String, Object> spotCheck = this.signed.finalized("SPOT_CHECK", "unused", "FAIL", false);
		spotCheck.remove("milestoneId");
		this.signed.send(spotCheck);
		this.signed.send(this.signed.finalized("MID_TERM", "mid-term", "GOOD", false));

		List<PaymentRecord> payments = this.signed.awaitPayments(2);
		assertThat(payments).extracting(PaymentRecord::evaluationId)
			.doesNotContain((String) spotCheck.get("evaluationId"));
		assertThat(this.signed.contract().milestone("mid-term").orElseThrow().status())
			.as("the spot check, sent first on the same partition, neither blocked nor judged the milestone")
			.isEqualTo(MilestoneStatus.MET);
	}

	@Test
	void anEvaluationOfAnUnknownContractIsDeadLetteredAndPaysNothing() {
		Map<String, Object> unknown = this.signed.finalized("MID_TERM", "mid-term", "GOOD", false);
		unknown.put("contractId", "ctr-nobody-knows");

		this.signed.send(unknown);

		assertThat(this.signed.deadLetter((String) unknown.get("evaluationId")).value()).contains("ctr-nobody-knows");
	}

	@Test
	void aMalformedEvaluationIsDeadLetteredAndLeavesThePaymentsAsTheyWere() {
		Map<String, Object> noGrade = this.signed.finalized("MID_TERM", "mid-term", "GOOD", false);
		noGrade.remove("grade");
		Map<String, Object> wrongMilestone = this.signed.finalized("MID_TERM", "final", "GOOD", false);

		this.signed.send(noGrade);
		this.signed.send(wrongMilestone);

		this.signed.deadLetter((String) noGrade.get("evaluationId"));
		this.signed.deadLetter((String) wrongMilestone.get("evaluationId"));
		assertThat(this.signed.contract().payments().records()).hasSize(1);
		assertThat(this.signed.contract().milestone("mid-term").orElseThrow().status())
			.isEqualTo(MilestoneStatus.SCHEDULED);
	}

}
