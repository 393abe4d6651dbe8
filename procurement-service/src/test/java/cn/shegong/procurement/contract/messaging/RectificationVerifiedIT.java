package cn.shegong.procurement.contract.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.procurement.ContractSteps.Awarded;
import cn.shegong.procurement.PublishedEvents;
import cn.shegong.procurement.event.ProcurementEvents;
import cn.shegong.procurement.payment.model.PaymentBasis;
import cn.shegong.procurement.payment.model.PaymentRecord;
import cn.shegong.procurement.registry.model.BanPeriod;
import cn.shegong.procurement.registry.persistence.AgencyRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Verified rectifications arrive through the broker as evaluation-service sends them and
 * release what a 合格 held, exactly once; a failing grade's rectification releases nothing,
 * and its passing re-evaluation pays what was withheld.
 */
@ServiceIntegrationTest
class RectificationVerifiedIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	AgencyRepository agencies;

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
	void aVerifiedRectificationReleasesTheTenPercentAPassHeldExactlyOnce() {
		Map<String, Object> pass = this.signed.finalized("MID_TERM", "mid-term", "PASS", false);
		this.signed.send(pass);
		assertThat(this.signed.awaitPayments(2).get(1).held().fen()).isEqualTo(1_395_000L);

		EventEnvelope verified = verified(pass, "mid-term");
		this.signed.sendEnvelope(verified);
		this.signed.sendEnvelope(verified);
		this.signed.sendEnvelope(verified(pass, "mid-term"));

		PaymentRecord release = this.signed.awaitPayments(3).get(2);
		assertThat(release.basis()).isEqualTo(PaymentBasis.RECTIFICATION);
		assertThat(release.released().fen()).isEqualTo(1_395_000L);
		assertThat(release.evaluationId()).isEqualTo(pass.get("evaluationId"));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.signed.published()
				.about(this.contractId, ProcurementEvents.PAYMENT_RELEASED)
				.size() == 3);
		EventEnvelope released = this.signed.published()
			.about(this.contractId, ProcurementEvents.PAYMENT_RELEASED)
			.get(2);
		assertThat(PublishedEvents.violations(released)).isEmpty();
		assertThat(released.data()).containsEntry("releasedFen", 1_395_000)
			.containsEntry("heldFen", 0)
			.containsEntry("tranche", "AFTER_MIDTERM_GRADE")
			.containsEntry("evaluationId", pass.get("evaluationId"));
		this.signed.send(this.signed.finalized("FINAL", "final", "EXCELLENT", false));
		assertThat(this.signed.awaitPayments(4)).hasSize(4);
		assertThat(this.signed.contract().payments().totalHeld().fen()).isZero();
		assertThat(this.signed.contract().payments().totalReleased().fen()).isEqualTo(46_500_000L);
	}

	@Test
	void aFailsRectificationReleasesNothingAndItsPassingReEvaluationPaysWhatWasWithheld() {
		Map<String, Object> fail = this.signed.finalized("FINAL", "final", "FAIL", false);
		this.signed.send(fail);
		assertThat(this.signed.awaitPayments(2).get(1).withheld().fen()).isEqualTo(18_600_000L);
		this.signed.sendEnvelope(verified(fail, "final"));

		Map<String, Object> reFail = this.signed.finalized("RE_EVALUATION", "final", "FAIL", false);
		reFail.put("correctsEvaluationId", fail.get("evaluationId"));
		reFail.put("finalizedOn", SignedContract.TERM_FROM.plusMonths(13).toString());
		this.signed.send(reFail);
		PaymentRecord stillWithheld = this.signed.awaitPayments(3).get(2);
		assertThat(stillWithheld.withheld().fen()).isEqualTo(18_600_000L);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.agencies.findById(this.awarded.agencyId()).orElseThrow().agency().bans().size() == 2);
		assertThat(this.agencies.findById(this.awarded.agencyId()).orElseThrow().agency().bans())
			.extracting(BanPeriod::sourceEvaluationId)
			.containsExactly((String) fail.get("evaluationId"), (String) reFail.get("evaluationId"));

		Map<String, Object> rePass = this.signed.finalized("RE_EVALUATION", "final", "PASS", false);
		rePass.put("correctsEvaluationId", reFail.get("evaluationId"));
		this.signed.send(rePass);
		PaymentRecord paid = this.signed.awaitPayments(4).get(3);
		assertThat(paid.released().fen()).isEqualTo(16_740_000L);
		assertThat(paid.held().fen()).isEqualTo(1_860_000L);
		this.signed.sendEnvelope(verified(rePass, "final"));
		PaymentRecord release = this.signed.awaitPayments(5).get(4);
		assertThat(release.released().fen()).isEqualTo(1_860_000L);
		assertThat(this.signed.contract().payments().records()).hasSize(5);
		assertThat(this.signed.contract().payments().totalWithheld().fen()).isZero();
	}

	@Test
	void aVerificationForAnUnknownContractIsDeadLettered() {
		Map<String, Object> pass = this.signed.finalized("MID_TERM", "mid-term", "PASS", false);
		pass.put("contractId", "ctr-nobody-knows");

		this.signed.sendEnvelope(verified(pass, "mid-term"));

		assertThat(this.signed.deadLetter((String) pass.get("evaluationId")).value()).contains("ctr-nobody-knows");
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
		data.put("verifiedOn", SignedContract.TERM_FROM.plusMonths(7).toString());
		return new EventEnvelope(UUID.randomUUID().toString(), "evaluation.RectificationVerified", 1, Instant.now(),
				"evaluation-service", (String) finalized.get("evaluationId"), data);
	}

}
