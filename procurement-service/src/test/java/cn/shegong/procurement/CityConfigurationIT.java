package cn.shegong.procurement;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.procurement.contract.persistence.ContractStore;
import cn.shegong.procurement.delivery.model.MilestoneStatus;
import cn.shegong.procurement.registry.RegistryFixtures;
import cn.shegong.procurement.registry.application.AgencyBans;
import cn.shegong.procurement.registry.application.AgencyRegistry;
import cn.shegong.procurement.registry.model.BanPeriod;
import cn.shegong.procurement.tender.persistence.TenderStore;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A city that runs its own numbers, as production does: the timer is on (nobody calls
 * {@code runOnce()} here), 合格 holds 20% instead of 10%, and a final 不合格 bars bids for 6
 * months instead of 12. The context is closed after these tests, while the test store is
 * still up: left to the end of the run, its timer would query a store already stopped and
 * hold the JVM's exit for the driver's 30-second server selection.
 */
@ServiceIntegrationTest
@DirtiesContext
@TestPropertySource(properties = { "shegong.procurement.schedules.enabled=true",
		"shegong.procurement.milestones.check-interval=PT0.2S", "shegong.procurement.bans.check-interval=PT0.2S",
		"shegong.procurement.rules.payout.held-bp-by-grade.PASS=2000", "shegong.procurement.rules.ban.months=6" })
class CityConfigurationIT {

	private static final LocalDate TODAY = LocalDate.now(TenderStore.BUYER_ZONE);

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ContractStore contracts;

	@Autowired
	AgencyRegistry registry;

	@Autowired
	AgencyBans bans;

	@Test
	void theTimerMarksAMilestoneDueWhoseDayHasPassed() throws Exception {
		LocalDate startedLongAgo = TODAY.minusDays(200);
		ContractSteps steps = new ContractSteps(this.mvc, this.context);
		String contractId = steps
			.signedContract(steps.awardedTender(startedLongAgo, startedLongAgo.plusYears(1).minusDays(1)));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.contracts.find(contractId)
				.orElseThrow()
				.contract()
				.milestone("mid-term")
				.orElseThrow()
				.status() == MilestoneStatus.DUE);
		assertThat(this.contracts.find(contractId).orElseThrow().contract().milestone("final").orElseThrow().status())
			.isEqualTo(MilestoneStatus.SCHEDULED);
	}

	@Test
	void aDraftContractPaysByTheCitysPayoutPolicy() throws Exception {
		ContractSteps steps = new ContractSteps(this.mvc, this.context);
		LocalDate termFrom = TODAY.plusMonths(2).withDayOfMonth(1);

		JsonNode draft = steps.drawnUp(steps.awardedTender(termFrom, termFrom.plusYears(1).minusDays(1)));

		JsonNode pass = draft.get("payoutPolicy").get("payoutByGrade").get("PASS");
		assertThat(pass.get("releasedBasisPoints").asInt()).isEqualTo(8000);
		assertThat(pass.get("heldBasisPoints").asInt()).isEqualTo(2000);
	}

	@Test
	void aFinalFailBarsBidsForTheCitysMonths() {
		String agencyId = this.registry
			.register("海宁市启明社会工作服务中心", RegistryFixtures.freshCreditCode(RegistryFixtures.HAINING),
					java.util.Optional.empty())
			.agency()
			.id();

		BanPeriod ban = this.bans.banForFinalFail(agencyId, "ev-fin-6", TODAY).orElseThrow();

		assertThat(ban.until()).isEqualTo(TODAY.plusMonths(6));
	}

}
