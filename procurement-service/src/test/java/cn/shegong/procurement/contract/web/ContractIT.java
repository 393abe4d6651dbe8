package cn.shegong.procurement.contract.web;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.outbox.OutboxRelay;
import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.platform.test.Tokens;
import cn.shegong.procurement.ContractSteps;
import cn.shegong.procurement.ContractSteps.Awarded;
import cn.shegong.procurement.PublishedEvents;
import cn.shegong.procurement.event.ProcurementEvents;
import cn.shegong.procurement.tender.model.TenderStatus;
import cn.shegong.procurement.tender.persistence.TenderStore;
import tools.jackson.databind.JsonNode;

import static cn.shegong.procurement.ProjectSteps.HAINING_OFFICER;
import static cn.shegong.procurement.ProjectSteps.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceIntegrationTest
class ContractIT {

	private static final LocalDate TODAY = LocalDate.now(TenderStore.BUYER_ZONE);

	/** A term that starts after today, so signing does not yet start the service. */
	private static final LocalDate NEXT_TERM_FROM = TODAY.plusMonths(2).withDayOfMonth(1);

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	TenderStore tenders;

	@Autowired
	EmbeddedKafkaBroker broker;

	@Autowired
	OutboxRelay relay;

	private ContractSteps steps;

	private Awarded awarded;

	@BeforeEach
	void anAwardedTender() throws Exception {
		this.steps = new ContractSteps(this.mvc, this.context);
		this.awarded = this.steps.awardedTender(NEXT_TERM_FROM, NEXT_TERM_FROM.plusYears(1).minusDays(1));
	}

	@Test
	void anOfficerDrawsUpAContractWithTheAwardedAgencyAtTheWinningPriceOnTheProjectsTerms() throws Exception {
		JsonNode draft = this.steps.drawnUp(this.awarded);

		assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
		assertThat(draft.get("agencyId").asString()).isEqualTo(this.awarded.agencyId());
		assertThat(draft.get("projectId").asString()).isEqualTo(this.awarded.projectId());
		assertThat(draft.get("priceFen").asLong()).isEqualTo(46_500_000L);
		assertThat(draft.get("termFrom").asString()).isEqualTo(NEXT_TERM_FROM.toString());
		assertThat(amounts(draft)).containsExactly(13_950_000L, 13_950_000L, 18_600_000L);
		assertThat(draft.get("milestones").valueStream().map((m) -> m.get("type").asString())).contains("MID_TERM",
				"FINAL");
		assertThat(draft.get("milestones").valueStream().map((m) -> m.get("status").asString()))
			.containsOnly("SCHEDULED");
		assertThat(draft.get("targets").get("communityHoursShareBp").asInt()).isEqualTo(6000);
		assertThat(draft.get("staffingRequirement").get("minimumCertified").asInt()).isEqualTo(4);
		assertThat(draft.get("payoutPolicy").get("payoutByGrade").get("PASS").get("heldBasisPoints").asInt())
			.isEqualTo(1000);
	}

	@Test
	void signingPublishesTheAwardReleasesTheSigningTrancheAndMovesTheTender() throws Exception {
		JsonNode draft = this.steps.drawnUp(this.awarded);
		String id = draft.get("id").asString();

		JsonNode signed = body(this.steps.sign(id, draft.get("version").asLong()).andExpect(status().isOk()));

		assertThat(signed.get("status").asString()).isEqualTo("SIGNED");
		assertThat(signed.get("signedOn").asString()).isEqualTo(TODAY.toString());
		assertThat(tenderStatus()).isEqualTo(TenderStatus.CONTRACT_SIGNED);
		this.mvc.perform(get("/api/procurement/contracts/" + id + "/payments").with(HAINING_OFFICER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.payments.length()").value(1))
			.andExpect(jsonPath("$.payments[0].tranche").value("ON_SIGNING"))
			.andExpect(jsonPath("$.payments[0].releasedFen").value(13_950_000))
			.andExpect(jsonPath("$.releasedFen").value(13_950_000))
			.andExpect(jsonPath("$.withheldFen").value(0));
		PublishedEvents published = new PublishedEvents(this.broker.getBrokersAsString(), this.relay);
		List<EventEnvelope> awards = published.about(id, ProcurementEvents.CONTRACT_AWARDED);
		List<EventEnvelope> releases = published.about(id, ProcurementEvents.PAYMENT_RELEASED);
		assertThat(awards).hasSize(1);
		assertThat(PublishedEvents.violations(awards.get(0))).isEmpty();
		assertThat(awards.get(0).data()).containsEntry("agencyId", this.awarded.agencyId())
			.containsEntry("priceFen", 46_500_000);
		assertThat(releases).hasSize(1);
		assertThat(PublishedEvents.violations(releases.get(0))).isEmpty();
		assertThat(releases.get(0).data()).containsEntry("tranche", "ON_SIGNING")
			.containsEntry("releasedFen", 13_950_000)
			.doesNotContainKey("grade");
	}

	@Test
	void aContractWhoseTermHasAlreadyStartedPutsTheTenderInServiceAtSigning() throws Exception {
		LocalDate started = TODAY.minusDays(10);
		Awarded running = this.steps.awardedTender(started, started.plusYears(1).minusDays(1));

		this.steps.signedContract(running);

		assertThat(this.tenders.find(running.tenderId()).orElseThrow().tender().status())
			.isEqualTo(TenderStatus.IN_SERVICE);
	}

	@Test
	void aTenderHasOneContractOnly() throws Exception {
		this.steps.drawnUp(this.awarded);

		this.steps.drawUp(this.awarded.tenderId())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("contract-already-exists"));
	}

	@Test
	void aTenderWhoseAwardIsNotFinalGetsNoContract() throws Exception {
		String scored = this.steps.scoredTender(NEXT_TERM_FROM, NEXT_TERM_FROM.plusMonths(6));

		this.steps.drawUp(scored)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("tender-not-awarded"))
			.andExpect(jsonPath("$.title").value("采购项目尚未确定成交"));
	}

	@Test
	void onlyTheBuyersOfficersAndTheContractedAgencySeeTheContract() throws Exception {
		String id = this.steps.drawnUp(this.awarded).get("id").asString();

		this.mvc.perform(get("/api/procurement/contracts/" + id).with(Tokens.agencyStaff(this.awarded.agencyId())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id));
		this.mvc.perform(get("/api/procurement/contracts/" + id).with(Tokens.agencyStaff("agency-xiashi")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.rule").value("contract-not-found"));
		this.mvc.perform(get("/api/procurement/contracts/" + id).with(Tokens.officer("330483")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/procurement/contracts/" + id + "/payments").with(Tokens.agencyStaff("agency-xiashi")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/procurement/contracts").with(Tokens.agencyStaff(this.awarded.agencyId()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"tenderId\":\"" + this.awarded.tenderId() + "\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void anOfficerOfAnotherRegionCannotContractForTheTender() throws Exception {
		this.mvc
			.perform(post("/api/procurement/contracts").with(Tokens.officer("330483"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"tenderId\":\"" + this.awarded.tenderId() + "\"}"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.rule").value("tender-not-found"));
	}

	@Test
	void singleSourceAddOnsAreAgreedUpToTenPercentOfTheOriginalPriceAndNotAFenMore() throws Exception {
		String id = this.steps.signedContract(this.awarded);

		JsonNode added = body(addOn(id, "46500.00", "增加两个小区的长者探访", version(id)).andExpect(status().isOk()));
		addOn(id, "0.01", "再增加", added.get("version").asLong()).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("single-source-add-on-too-large"));
		addOn(id, "1.00", "过期版本", added.get("version").asLong() - 1).andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("stale-version"));
		this.mvc
			.perform(post("/api/procurement/contracts/" + id + "/add-ons").with(Tokens.agencyStaff("agency-maqiao"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"amountYuan\":\"1.00\",\"reason\":\"x\",\"version\":" + version(id) + "}"))
			.andExpect(status().isForbidden());

		this.mvc.perform(get("/api/procurement/contracts/" + id).with(HAINING_OFFICER))
			.andExpect(jsonPath("$.addedOnFen").value(4_650_000))
			.andExpect(jsonPath("$.addOns.length()").value(1))
			.andExpect(jsonPath("$.addOns[0].reason").value("增加两个小区的长者探访"));
		this.mvc.perform(get("/api/procurement/audit/CONTRACT/" + id).with(HAINING_OFFICER))
			.andExpect(jsonPath("$[*].action", hasItem("add-on")));
	}

	@Test
	void anOfficerTerminatesARunningContractWithItsReasonAndTheTenderFollows() throws Exception {
		String id = this.steps.signedContract(this.awarded);

		terminate(id, " ", version(id)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("termination-reason-required"));
		terminate(id, "机构严重违约，经协商解除合同", version(id)).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("TERMINATED"))
			.andExpect(jsonPath("$.terminationReason").value("机构严重违约，经协商解除合同"));
		terminate(id, "再次解除", version(id)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("contract-not-running"));

		assertThat(tenderStatus()).isEqualTo(TenderStatus.TERMINATED);
		this.mvc.perform(get("/api/procurement/public/contracts/" + id)).andExpect(status().isOk());
		this.mvc.perform(get("/api/procurement/audit/CONTRACT/" + id).with(HAINING_OFFICER))
			.andExpect(jsonPath("$[*].action", hasItem("terminate")));
	}

	private ResultActions terminate(String contractId, String reason, long version) throws Exception {
		return this.mvc.perform(post("/api/procurement/contracts/" + contractId + "/termination").with(HAINING_OFFICER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"%s\",\"version\":%d}".formatted(reason, version)));
	}

	private ResultActions addOn(String contractId, String amountYuan, String reason, long version) throws Exception {
		return this.mvc.perform(post("/api/procurement/contracts/" + contractId + "/add-ons").with(HAINING_OFFICER)
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"amountYuan\":\"%s\",\"reason\":\"%s\",\"version\":%d}".formatted(amountYuan, reason, version)));
	}

	private long version(String contractId) throws Exception {
		return body(this.mvc.perform(get("/api/procurement/contracts/" + contractId).with(HAINING_OFFICER)))
			.get("version")
			.asLong();
	}

	@Test
	void aSignatureOnAStaleVersionIsRefusedAndSignsNothing() throws Exception {
		JsonNode draft = this.steps.drawnUp(this.awarded);
		String id = draft.get("id").asString();

		this.steps.sign(id, draft.get("version").asLong() + 1)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("stale-version"));

		this.mvc.perform(get("/api/procurement/contracts/" + id + "/payments").with(HAINING_OFFICER))
			.andExpect(jsonPath("$.payments.length()").value(0));
		this.mvc.perform(get("/api/procurement/contracts/" + id).with(HAINING_OFFICER))
			.andExpect(jsonPath("$.status").value("DRAFT"));
		assertThat(tenderStatus()).isEqualTo(TenderStatus.AWARDED);
	}

	@Test
	void aContractIsSignedOnce() throws Exception {
		JsonNode draft = this.steps.drawnUp(this.awarded);
		String id = draft.get("id").asString();
		JsonNode signed = body(this.steps.sign(id, draft.get("version").asLong()).andExpect(status().isOk()));

		this.steps.sign(id, signed.get("version").asLong())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("contract-not-a-draft"));
		this.mvc.perform(get("/api/procurement/contracts/" + id + "/payments").with(HAINING_OFFICER))
			.andExpect(jsonPath("$.payments.length()").value(1));
	}

	@Test
	void theDraftIsNotPublicAndTheSignedContractIsPublishedWithoutInternalFields() throws Exception {
		JsonNode draft = this.steps.drawnUp(this.awarded);
		String id = draft.get("id").asString();
		this.mvc.perform(get("/api/procurement/public/contracts/" + id)).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/procurement/public/contracts"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", not(hasItem(id))));

		this.steps.sign(id, draft.get("version").asLong()).andExpect(status().isOk());

		this.mvc.perform(get("/api/procurement/public/contracts/" + id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.agencyId").value(this.awarded.agencyId()))
			.andExpect(jsonPath("$.buyerId").value("buyer-330481-maqiao"))
			.andExpect(jsonPath("$.priceYuan").value("465000.00"))
			.andExpect(jsonPath("$.milestones.length()").value(draft.get("milestones").size()))
			.andExpect(jsonPath("$.targets.resourcesLinked").value(5))
			.andExpect(jsonPath("$.notes").doesNotExist())
			.andExpect(jsonPath("$.payoutPolicy").doesNotExist());
		this.mvc.perform(get("/api/procurement/public/contracts")).andExpect(jsonPath("$[*].id", hasItem(id)));
	}

	@Test
	void theBuyerAgreesItsOwnPayoutPolicyOnTheDraftOnly() throws Exception {
		JsonNode draft = this.steps.drawnUp(this.awarded);
		String id = draft.get("id").asString();

		JsonNode changed = body(changePolicy(id, draft.get("version").asLong(), 8000, 2000).andExpect(status().isOk()));
		assertThat(changed.get("payoutPolicy").get("payoutByGrade").get("PASS").get("heldBasisPoints").asInt())
			.isEqualTo(2000);
		changePolicy(id, changed.get("version").asLong(), 9000, 2000).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("invalid-payout-policy"));
		JsonNode signed = body(this.steps.sign(id, changed.get("version").asLong()).andExpect(status().isOk()));

		changePolicy(id, signed.get("version").asLong(), 9000, 1000).andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("contract-not-a-draft"));
	}

	@Test
	void theTrailShowsWhoDrewUpAndSignedTheContractAndThePaymentItMade() throws Exception {
		JsonNode draft = this.steps.drawnUp(this.awarded);
		String id = draft.get("id").asString();
		this.steps.sign(id, draft.get("version").asLong()).andExpect(status().isOk());

		this.mvc.perform(get("/api/procurement/audit/contract/" + id).with(HAINING_OFFICER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].action").value("draw-up"))
			.andExpect(jsonPath("$[0].actor").value("officer.haining"))
			.andExpect(jsonPath("$[1].action").value("sign"))
			.andExpect(jsonPath("$[1].changes[?(@.field == 'status')].after").value("SIGNED"));
		this.mvc.perform(get("/api/procurement/audit/payment/" + id + "-pay-1").with(HAINING_OFFICER))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].action").value("decide-signing"))
			.andExpect(jsonPath("$[0].reason").value("paid on signing"));
		this.mvc.perform(get("/api/procurement/audit/tender/" + this.awarded.tenderId()).with(HAINING_OFFICER))
			.andExpect(jsonPath("$[0].action").value("follow-contract"));
	}

	private ResultActions changePolicy(String id, long version, int passReleased, int passHeld) throws Exception {
		return this.mvc.perform(put("/api/procurement/contracts/" + id + "/payout-policy").with(HAINING_OFFICER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"version":%d,"leastMidTermGrade":"PASS","payoutByGrade":{
					 "EXCELLENT":{"releasedBasisPoints":10000,"heldBasisPoints":0},
					 "GOOD":{"releasedBasisPoints":10000,"heldBasisPoints":0},
					 "PASS":{"releasedBasisPoints":%d,"heldBasisPoints":%d},
					 "FAIL":{"releasedBasisPoints":0,"heldBasisPoints":0}}}""".formatted(version, passReleased,
					passHeld)));
	}

	private TenderStatus tenderStatus() {
		return this.tenders.find(this.awarded.tenderId()).orElseThrow().tender().status();
	}

	private static List<Long> amounts(JsonNode contract) {
		return contract.get("tranches").valueStream().map((tranche) -> tranche.get("amountFen").asLong()).toList();
	}

}
