package cn.shegong.procurement.registry.application;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.web.servlet.MockMvc;

import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.outbox.OutboxRelay;
import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.platform.test.Tokens;
import cn.shegong.procurement.PublishedEvents;
import cn.shegong.procurement.event.ProcurementEvents;
import cn.shegong.procurement.registry.model.BanPeriod;

import static cn.shegong.procurement.registry.RegistryFixtures.HAINING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An agency the registry does not know bids under the id it signs in with; a final 不合格
 * bans it under that id all the same, announces it, and the ban lapses by itself.
 */
@ServiceIntegrationTest
class UnregisteredAgencyBanIT {

	static final LocalDate FINAL_FAIL_ON = LocalDate.of(2027, 3, 15);

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyBans bans;

	@Autowired
	EmbeddedKafkaBroker broker;

	@Autowired
	OutboxRelay relay;

	@Test
	void aFinalFailBansAnUnregisteredAgencyOnceUnderItsOwnId() throws Exception {
		String agencyId = "agency-unregistered-" + UUID.randomUUID();

		BanPeriod ban = this.bans.banForFinalFail(agencyId, "ev-1", FINAL_FAIL_ON).orElseThrow();
		assertThat(this.bans.banForFinalFail(agencyId, "ev-1", FINAL_FAIL_ON)).isEmpty();
		assertThat(this.bans.banForFinalFail(agencyId, "ev-1-re1", FINAL_FAIL_ON.plusMonths(2))).isPresent();

		assertThat(ban.until()).isEqualTo(LocalDate.of(2028, 3, 15));
		this.mvc
			.perform(get("/api/procurement/agencies/{id}/eligibility", agencyId).param("on", "2027-06-01")
				.with(Tokens.agencyStaff(agencyId)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.eligible").value(false))
			.andExpect(jsonPath("$.rule").value("agency-banned"));
		this.mvc
			.perform(get("/api/procurement/agencies/{id}/eligibility", agencyId).param("on", "2028-05-15")
				.with(Tokens.officer(HAINING)))
			.andExpect(jsonPath("$.eligible").value(true))
			.andExpect(jsonPath("$.outcome").value("ELIGIBLE_WITHOUT_REGISTRATION"));
		PublishedEvents published = new PublishedEvents(this.broker.getBrokersAsString(), this.relay);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> published.about(agencyId, ProcurementEvents.AGENCY_BANNED).size() == 2);
		List<EventEnvelope> banned = published.about(agencyId, ProcurementEvents.AGENCY_BANNED);
		assertThat(PublishedEvents.violations(banned.get(0))).isEmpty();
		assertThat(banned.get(0).data()).containsEntry("evaluationId", "ev-1").containsEntry("until", "2028-03-15");
	}

}
