package cn.shegong.procurement.schedule;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.procurement.ContractSteps;
import cn.shegong.procurement.contract.persistence.ContractStore;
import cn.shegong.procurement.delivery.model.MilestoneStatus;
import cn.shegong.procurement.tender.persistence.TenderStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With the timer on, as in production, the checks run by themselves: nobody calls
 * {@code runOnce()} here.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = { "shegong.procurement.schedules.enabled=true",
		"shegong.procurement.milestones.check-interval=PT0.2S", "shegong.procurement.bans.check-interval=PT0.2S" })
class ProcurementSchedulesIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ContractStore contracts;

	@Test
	void theTimerMarksAMilestoneDueWhoseDayHasPassed() throws Exception {
		LocalDate startedLongAgo = LocalDate.now(TenderStore.BUYER_ZONE).minusDays(200);
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

}
