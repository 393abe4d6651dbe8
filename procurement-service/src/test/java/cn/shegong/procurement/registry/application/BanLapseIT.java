package cn.shegong.procurement.registry.application;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.ActiveProfiles;

import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.outbox.OutboxRelay;
import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.procurement.Concurrently;
import cn.shegong.procurement.PublishedEvents;
import cn.shegong.platform.clock.MovableClock;
import cn.shegong.platform.clock.TestClockAutoConfiguration;
import cn.shegong.procurement.event.ProcurementEvents;
import cn.shegong.procurement.registry.RegistryFixtures;
import cn.shegong.procurement.registry.model.BanPeriod;
import cn.shegong.procurement.registry.persistence.AgencyRepository;
import cn.shegong.procurement.tender.persistence.TenderStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bans lapse by themselves on the test clock; the check announces each lapse once,
 * however often and however many instances run it.
 */
@ServiceIntegrationTest
@ActiveProfiles(TestClockAutoConfiguration.PROFILE)
class BanLapseIT {

	@Autowired
	MovableClock clock;

	@Autowired
	AgencyRegistry registry;

	@Autowired
	AgencyRepository agencies;

	@Autowired
	AgencyBans bans;

	@Autowired
	BanLapseCheck banLapseCheck;

	@Autowired
	EmbeddedKafkaBroker broker;

	@Autowired
	OutboxRelay relay;

	private String agencyId;

	@BeforeEach
	void aRegisteredAgency() {
		this.agencyId = this.registry
			.register("海宁市晨曦社会工作服务中心", RegistryFixtures.freshCreditCode(RegistryFixtures.HAINING),
					java.util.Optional.empty())
			.agency()
			.id();
	}

	@Test
	void aFinalFailBansTheAgencyForTwelveMonthsFromTheDayItBecameFinalAndAnnouncesItOnce() {
		LocalDate finalOn = today().minusDays(3);

		BanPeriod ban = this.bans.banForFinalFail(this.agencyId, "ev-fin-1", finalOn).orElseThrow();
		this.bans.banForFinalFail(this.agencyId, "ev-fin-1", finalOn);

		assertThat(ban.from()).isEqualTo(finalOn);
		assertThat(ban.until()).isEqualTo(finalOn.plusMonths(12));
		assertThat(this.agencies.findById(this.agencyId).orElseThrow().agency().isBannedOn(today())).isTrue();
		List<EventEnvelope> banned = published().about(this.agencyId, ProcurementEvents.AGENCY_BANNED);
		assertThat(banned).hasSize(1);
		assertThat(PublishedEvents.violations(banned.get(0))).isEmpty();
	}

	@Test
	void aBanThatLapsedIsAnnouncedOnceHoweverManyChecksRun() throws Exception {
		LocalDate until = banEndingInDays(2, "ev-fin-2");
		this.banLapseCheck.runOnce();
		assertThat(published().about(this.agencyId, ProcurementEvents.AGENCY_BAN_LIFTED)).isEmpty();

		this.clock.advance(Duration.ofDays(3));
		Concurrently.run(4, this.banLapseCheck::runOnce);
		this.banLapseCheck.runOnce();

		List<EventEnvelope> lifted = published().about(this.agencyId, ProcurementEvents.AGENCY_BAN_LIFTED);
		assertThat(lifted).hasSize(1);
		assertThat(lifted.get(0).data()).containsEntry("liftedOn", until.toString());
		assertThat(PublishedEvents.violations(lifted.get(0))).isEmpty();
		assertThat(this.agencies.findById(this.agencyId).orElseThrow().agency().isBannedOn(today())).isFalse();
	}

	@Test
	void aBanEndingInsideALongerOneLiftsNothingUntilTheLongerOneEnds() throws Exception {
		banEndingInDays(2, "ev-fin-3");
		LocalDate longerUntil = banEndingInDays(5, "ev-fin-4");

		this.clock.advance(Duration.ofDays(3));
		this.banLapseCheck.runOnce();
		assertThat(published().about(this.agencyId, ProcurementEvents.AGENCY_BAN_LIFTED)).isEmpty();

		this.clock.advance(Duration.ofDays(3));
		this.banLapseCheck.runOnce();
		List<EventEnvelope> lifted = published().about(this.agencyId, ProcurementEvents.AGENCY_BAN_LIFTED);
		assertThat(lifted).extracting((event) -> event.data().get("liftedOn")).containsExactly(longerUntil.toString());
	}

	@Test
	void aBanOfAnAgencyTheRegistryDoesNotKnowIsAnnouncedLiftedOnceToo() throws Exception {
		String unregistered = "agency-unregistered-" + java.util.UUID.randomUUID();
		LocalDate until = today().plusDays(2);
		this.bans.banForFinalFail(unregistered, "ev-fin-5", until.minusMonths(12)).orElseThrow();

		this.clock.advance(Duration.ofDays(3));
		Concurrently.run(4, this.banLapseCheck::runOnce);
		this.banLapseCheck.runOnce();

		List<EventEnvelope> lifted = published().about(unregistered, ProcurementEvents.AGENCY_BAN_LIFTED);
		assertThat(lifted).extracting((event) -> event.data().get("liftedOn")).containsExactly(until.toString());
		assertThat(PublishedEvents.violations(lifted.get(0))).isEmpty();
	}

	/**
	 * A twelve-month ban from a final fail, ending the given number of days from today.
	 */
	private LocalDate banEndingInDays(int days, String evaluationId) {
		LocalDate until = today().plusDays(days);
		return this.bans.banForFinalFail(this.agencyId, evaluationId, until.minusMonths(12)).orElseThrow().until();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), TenderStore.BUYER_ZONE);
	}

	private PublishedEvents published() {
		return new PublishedEvents(this.broker.getBrokersAsString(), this.relay);
	}

}
