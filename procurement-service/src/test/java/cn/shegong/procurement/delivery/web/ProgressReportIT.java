package cn.shegong.procurement.delivery.web;

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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.outbox.OutboxRelay;
import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.platform.test.Tokens;
import cn.shegong.procurement.ContractSteps;
import cn.shegong.procurement.ContractSteps.Awarded;
import cn.shegong.procurement.PublishedEvents;
import cn.shegong.procurement.event.ProcurementEvents;
import cn.shegong.procurement.tender.persistence.TenderStore;

import static cn.shegong.procurement.ProjectSteps.HAINING_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceIntegrationTest
class ProgressReportIT {

	private static final LocalDate TERM_FROM = LocalDate.now(TenderStore.BUYER_ZONE).plusMonths(2).withDayOfMonth(1);

	private static final LocalDate FIRST_QUARTER_END = TERM_FROM.plusMonths(3).minusDays(1);

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	EmbeddedKafkaBroker broker;

	@Autowired
	OutboxRelay relay;

	private ContractSteps steps;

	private Awarded awarded;

	private String contractId;

	private RequestPostProcessor agency;

	@BeforeEach
	void aSignedContract() throws Exception {
		this.steps = new ContractSteps(this.mvc, this.context);
		this.awarded = this.steps.awardedTender(TERM_FROM, TERM_FROM.plusYears(1).minusDays(1));
		this.contractId = this.steps.signedContract(this.awarded);
		this.agency = Tokens.agencyStaff(this.awarded.agencyId());
	}

	@Test
	void theContractedAgencyReportsAQuarterAndTheEventLeavesOnProcurementEvents() throws Exception {
		report(this.agency, report(TERM_FROM, FIRST_QUARTER_END, 6_400, 6)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.casesOpened").value(14))
			.andExpect(jsonPath("$.beneficiariesByTargetGroup.ELDERLY").value(320))
			.andExpect(jsonPath("$.againstTargets.communityHoursShareMet").value(true))
			.andExpect(jsonPath("$.againstTargets.resourcesLinkedMet").value(true));

		List<EventEnvelope> reported = new PublishedEvents(this.broker.getBrokersAsString(), this.relay)
			.about(this.contractId, ProcurementEvents.PROGRESS_REPORTED);
		assertThat(reported).hasSize(1);
		assertThat(PublishedEvents.violations(reported.get(0))).isEmpty();
		assertThat(reported.get(0).data()).containsEntry("agencyId", this.awarded.agencyId())
			.containsEntry("periodTo", FIRST_QUARTER_END.toString())
			.containsEntry("serviceHours", 1_260);
	}

	@Test
	void theAgencyAndTheBuyersOfficersReadTheReportsAgainstTheTargets() throws Exception {
		report(this.agency, report(TERM_FROM, FIRST_QUARTER_END, 6_400, 3)).andExpect(status().isCreated());
		report(this.agency, report(FIRST_QUARTER_END.plusDays(1), FIRST_QUARTER_END.plusMonths(3), 5_000, 3))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.againstTargets.communityHoursShareMet").value(false))
			.andExpect(jsonPath("$.againstTargets.resourcesLinkedMet").value(false));

		for (RequestPostProcessor reader : List.of(this.agency, HAINING_OFFICER)) {
			this.mvc.perform(get(reports()).with(reader))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.reports.length()").value(2))
				.andExpect(jsonPath("$.reports[0].periodFrom").value(TERM_FROM.toString()))
				.andExpect(jsonPath("$.summary.communityHoursShareBp").value(5_700))
				.andExpect(jsonPath("$.summary.communityHoursShareMet").value(false))
				.andExpect(jsonPath("$.summary.resourcesLinked").value(6))
				.andExpect(jsonPath("$.summary.resourcesLinkedMet").value(true));
		}
	}

	@Test
	void aPeriodOverlappingAnEarlierReportIsRefusedAndNothingIsAdded() throws Exception {
		report(this.agency, report(TERM_FROM, FIRST_QUARTER_END, 6_400, 6)).andExpect(status().isCreated());

		report(this.agency, report(FIRST_QUARTER_END, FIRST_QUARTER_END.plusMonths(3), 6_400, 6))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("period-overlaps-report"))
			.andExpect(jsonPath("$.title").value("报告期与已有报告重叠"));
		this.mvc.perform(get(reports()).with(this.agency)).andExpect(jsonPath("$.reports.length()").value(1));
	}

	@Test
	void figuresThatCannotBeTrueAreRefusedByTheirRule() throws Exception {
		report(this.agency, report(TERM_FROM, FIRST_QUARTER_END, 6_400, 6).replace("\"groups\":4", "\"groups\":-4"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("progress-figure-negative"));
		report(this.agency, report(TERM_FROM, FIRST_QUARTER_END, 10_001, 6))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("community-share-above-100-percent"));
		report(this.agency, report(TERM_FROM.minusMonths(1), FIRST_QUARTER_END, 6_400, 6))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("period-outside-term"));
		report(this.agency, report(FIRST_QUARTER_END, TERM_FROM, 6_400, 6)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("period-ends-before-it-starts"));
		report(this.agency, report(TERM_FROM, FIRST_QUARTER_END, 6_400, 6).replace("\"serviceHours\":1260,", ""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.rule").value("invalid-request"));
		this.mvc.perform(get(reports()).with(this.agency)).andExpect(jsonPath("$.reports.length()").value(0));
	}

	@Test
	void onlyTheContractedAgencyReportsAndOnlyThePartiesRead() throws Exception {
		String quarter = report(TERM_FROM, FIRST_QUARTER_END, 6_400, 6);

		report(Tokens.agencyStaff("agency-xiashi"), quarter).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.rule").value("contract-not-found"));
		report(HAINING_OFFICER, quarter).andExpect(status().isForbidden());
		this.mvc.perform(get(reports()).with(Tokens.agencyStaff("agency-xiashi"))).andExpect(status().isNotFound());
		this.mvc.perform(get(reports()).with(Tokens.officer("330483"))).andExpect(status().isNotFound());
	}

	@Test
	void progressIsReportedUnderASignedContractOnly() throws Exception {
		Awarded other = this.steps.awardedTender(TERM_FROM, TERM_FROM.plusYears(1).minusDays(1));
		String draft = this.steps.drawnUp(other).get("id").asString();

		this.mvc
			.perform(post("/api/procurement/contracts/" + draft + "/progress-reports")
				.with(Tokens.agencyStaff(other.agencyId()))
				.contentType(MediaType.APPLICATION_JSON)
				.content(report(TERM_FROM, FIRST_QUARTER_END, 6_400, 6)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("contract-not-signed"));
	}

	private String reports() {
		return "/api/procurement/contracts/" + this.contractId + "/progress-reports";
	}

	private ResultActions report(RequestPostProcessor caller, String body) throws Exception {
		return this.mvc.perform(post(reports()).with(caller).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private static String report(LocalDate from, LocalDate to, int communityShareBp, int resources) {
		return """
				{"periodFrom":"%s","periodTo":"%s","casesOpened":14,"casesClosed":9,"groups":4,
				 "communityActivities":11,"beneficiariesByTargetGroup":{"ELDERLY":320,"CHILDREN":145},
				 "serviceHours":1260,"communityHoursShareBp":%d,"resourcesLinked":%d}""".formatted(from, to,
				communityShareBp, resources);
	}

}
