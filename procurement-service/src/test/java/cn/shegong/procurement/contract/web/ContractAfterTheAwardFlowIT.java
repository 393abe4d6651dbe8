package cn.shegong.procurement.contract.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.procurement.ContractSteps;
import cn.shegong.procurement.TenderSteps;
import cn.shegong.platform.clock.MovableClock;
import cn.shegong.platform.clock.TestClockAutoConfiguration;
import cn.shegong.procurement.tender.model.TenderStatus;
import cn.shegong.procurement.tender.persistence.TenderStore;
import tools.jackson.databind.JsonNode;

import static cn.shegong.procurement.ProjectSteps.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The award flow's own endpoints make the award final (panel, ranking, proposal,
 * challenge window); the contract follows from it.
 */
@ServiceIntegrationTest
@ActiveProfiles(TestClockAutoConfiguration.PROFILE)
class ContractAfterTheAwardFlowIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	MovableClock clock;

	@Autowired
	TenderStore tenders;

	@Test
	void theWinnerOfTheAwardFlowIsContractedAtItsBidPriceAndTheAwardStaysPublic() throws Exception {
		String tenderId = new TenderSteps(this.mvc, this.clock).awardedTender();
		ContractSteps contracts = new ContractSteps(this.mvc, this.context);

		JsonNode draft = body(contracts.drawUp(tenderId).andExpect(status().isCreated()));
		assertThat(draft.get("agencyId").asString()).isEqualTo(TenderSteps.MAQIAO_ID);
		assertThat(draft.get("priceYuan").asString()).isEqualTo("450000.00");
		contracts.sign(draft.get("id").asString(), draft.get("version").asLong()).andExpect(status().isOk());

		assertThat(this.tenders.find(tenderId).orElseThrow().tender().status()).isIn(TenderStatus.CONTRACT_SIGNED,
				TenderStatus.IN_SERVICE);
		this.mvc.perform(get("/api/procurement/public/tenders/" + tenderId + "/award-result"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.winningAgencyId").value(TenderSteps.MAQIAO_ID));
		this.mvc.perform(get("/api/procurement/public/contracts/" + draft.get("id").asString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.agencyId").value(TenderSteps.MAQIAO_ID))
			.andExpect(jsonPath("$.priceYuan").value("450000.00"));
	}

}
