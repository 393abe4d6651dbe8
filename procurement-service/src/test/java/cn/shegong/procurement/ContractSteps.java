package cn.shegong.procurement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import cn.shegong.procurement.award.model.BidEvaluation;
import cn.shegong.procurement.award.model.ScoringResult;
import cn.shegong.procurement.award.persistence.BidEvaluationStore;
import cn.shegong.procurement.bidding.model.Bid;
import cn.shegong.procurement.bidding.model.BidStatus;
import cn.shegong.procurement.bidding.model.BidTerms;
import cn.shegong.procurement.bidding.model.PanelMember;
import cn.shegong.procurement.bidding.model.PastGrade;
import cn.shegong.procurement.bidding.model.PriceScore;
import cn.shegong.procurement.bidding.model.QualityScore;
import cn.shegong.procurement.bidding.model.RankedBid;
import cn.shegong.procurement.bidding.persistence.BidStore;
import cn.shegong.platform.calendar.WorkingDayCalendar;
import cn.shegong.procurement.money.model.Money;
import cn.shegong.procurement.registry.RegistryFixtures;
import cn.shegong.procurement.registry.application.AgencyRegistry;
import cn.shegong.procurement.staffing.model.StaffingPlans;
import cn.shegong.procurement.tender.model.ProcurementMethod;
import cn.shegong.procurement.tender.model.Tender;
import cn.shegong.procurement.tender.model.TenderNotice;
import cn.shegong.procurement.tender.model.TenderRules;
import cn.shegong.procurement.tender.persistence.TenderStore;
import tools.jackson.databind.JsonNode;

import static cn.shegong.procurement.ProjectSteps.HAINING_OFFICER;
import static cn.shegong.procurement.ProjectSteps.body;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The steps that bring a contract test to an awarded tender of a project whose term the
 * test chooses: a published Maqiao station project (through the real endpoints), a
 * registered agency, its winning bid, the panel's finalised ranking with that bid first,
 * and a tender driven through its domain commands from draft to AWARDED and stored as
 * such, as the award flow leaves them. Works on any clock; {@link TenderSteps} drives the
 * real award endpoints instead but needs the test clock and a fixed 2027 project.
 */
public final class ContractSteps {

	/** The winning bid's price: ¥465,000.00. */
	public static final Money PRICE = Money.ofYuan(465_000);

	private static final Instant PUBLISHED_AT = Instant.parse("2026-09-01T01:00:00Z");

	private static final Instant BIDDING_DEADLINE = PUBLISHED_AT.plus(21, ChronoUnit.DAYS);

	private static final LocalDate AWARD_NOTICE_ON = LocalDate.of(2026, 9, 29);

	private final MockMvc mvc;

	private final TenderStore tenders;

	private final BidStore bids;

	private final BidEvaluationStore evaluations;

	private final AgencyRegistry registry;

	public ContractSteps(MockMvc mvc, ApplicationContext context) {
		this.mvc = mvc;
		this.tenders = context.getBean(TenderStore.class);
		this.bids = context.getBean(BidStore.class);
		this.evaluations = context.getBean(BidEvaluationStore.class);
		this.registry = context.getBean(AgencyRegistry.class);
	}

	/** An awarded tender of a project whose term is the given one (a year at most). */
	public Awarded awardedTender(LocalDate termFrom, LocalDate termTo) throws Exception {
		String projectId = publishedProject(termFrom, termTo);
		String agencyId = this.registry
			.register("海宁市阳光社会工作服务中心", RegistryFixtures.freshCreditCode(RegistryFixtures.HAINING),
					java.util.Optional.empty())
			.agency()
			.id();
		Tender tender = tenderFor(projectId);
		tender.proposeAward(agencyId, AWARD_NOTICE_ON, WorkingDayCalendar.weekendsOff());
		tender.award(AWARD_NOTICE_ON.plusMonths(1));
		this.tenders.insert(tender);
		Instant bidAt = PUBLISHED_AT.plus(2, ChronoUnit.DAYS);
		Bid winning = new Bid("bid-" + UUID.randomUUID(), tender.id(), agencyId,
				new BidTerms(PRICE, "以长者为中心的站点运营方案", StaffingPlans.compliantStation()), BidStatus.SUBMITTED, bidAt,
				bidAt);
		this.bids.insert(winning, List.of());
		this.evaluations.insert(rankedFirst(winning));
		return new Awarded(tender.id(), projectId, agencyId);
	}

	/** The panel's finalised scoring, with the winning bid the only one and first. */
	private static BidEvaluation rankedFirst(Bid bid) {
		RankedBid first = new RankedBid(1, bid.id(), bid.agencyId(), bid.price(), bid.submittedAt(),
				new PriceScore(bid.id(), bid.price(), new BigDecimal("100.00"), new BigDecimal("20.00")),
				new QualityScore(bid.id(), List.of(), new BigDecimal("68.00")), PastGrade.NONE, BigDecimal.ZERO,
				new BigDecimal("88.00"));
		return BidEvaluation.restore(bid.tenderId(), RegistryFixtures.HAINING,
				List.of(new PanelMember("expert-1", "评审专家 1", List.of())), List.of(),
				new ScoringResult(3, List.of(first), BIDDING_DEADLINE.plus(3, ChronoUnit.DAYS)));
	}

	/** A tender whose bids are scored but whose award is not even proposed. */
	public String scoredTender(LocalDate termFrom, LocalDate termTo) throws Exception {
		Tender tender = tenderFor(publishedProject(termFrom, termTo));
		this.tenders.insert(tender);
		return tender.id();
	}

	public ResultActions drawUp(String tenderId) throws Exception {
		return this.mvc.perform(post("/api/procurement/contracts").with(HAINING_OFFICER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"tenderId\":\"%s\",\"notes\":\"价格谈判记录见附件\"}".formatted(tenderId)));
	}

	public JsonNode drawnUp(Awarded awarded) throws Exception {
		return body(drawUp(awarded.tenderId()).andExpect(status().isCreated()));
	}

	public ResultActions sign(String contractId, long version) throws Exception {
		return this.mvc.perform(post("/api/procurement/contracts/" + contractId + "/signature").with(HAINING_OFFICER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":" + version + "}"));
	}

	/** A contract drawn up from the award and signed; returns its id. */
	public String signedContract(Awarded awarded) throws Exception {
		JsonNode draft = drawnUp(awarded);
		String id = draft.get("id").asString();
		sign(id, draft.get("version").asLong()).andExpect(status().isOk());
		return id;
	}

	private Tender tenderFor(String projectId) {
		Tender tender = Tender.draft("tdr-" + UUID.randomUUID(), projectId, RegistryFixtures.HAINING,
				ProcurementMethod.OPEN_TENDER, new TenderNotice("马桥街道社会工作服务站运营项目采购", "一年期站点运营"), "national-default",
				TenderRules.defaults());
		tender.publish(PUBLISHED_AT, BIDDING_DEADLINE, TenderStore.BUYER_ZONE);
		tender.closeBidding(BIDDING_DEADLINE);
		tender.recordScoring(3);
		return tender;
	}

	private String publishedProject(LocalDate termFrom, LocalDate termTo) throws Exception {
		ProjectSteps projects = new ProjectSteps(this.mvc);
		String project = ProjectSteps.STATION_PROJECT.replace("2027-01-01", termFrom.toString())
			.replace("2027-12-31", termTo.toString());
		JsonNode draft = body(this.mvc
			.perform(post("/api/procurement/projects").with(HAINING_OFFICER)
				.contentType(MediaType.APPLICATION_JSON)
				.content(project))
			.andExpect(status().isCreated()));
		String id = draft.get("id").asString();
		JsonNode approved = projects.projectChange(id, "budget-approval", draft.get("version").asLong());
		projects.projectChange(id, "publication", approved.get("version").asLong());
		return id;
	}

	/** An awarded tender, its project and the agency it was awarded to. */
	public record Awarded(String tenderId, String projectId, String agencyId) {

	}

}
