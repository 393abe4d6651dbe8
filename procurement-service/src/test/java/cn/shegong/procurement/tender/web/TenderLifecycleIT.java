package cn.shegong.procurement.tender.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.shegong.platform.security.KeycloakClaims;
import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.platform.test.Tokens;
import cn.shegong.procurement.ProjectSteps;
import tools.jackson.databind.JsonNode;

import static cn.shegong.procurement.ProjectSteps.HAINING_OFFICER;
import static cn.shegong.procurement.ProjectSteps.STATION_PROJECT;
import static cn.shegong.procurement.ProjectSteps.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceIntegrationTest
class TenderLifecycleIT {

	@Autowired
	MockMvc mvc;

	@Test
	void anOfficerTendersAPublishedProjectPublishesItAndThePublicReadsTheNoticeWithoutSigningIn() throws Exception {
		JsonNode draft = draftTender(publishedProject());
		String id = draft.get("id").asString();
		assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
		assertThat(draft.get("buyerRegion").asString()).isEqualTo("330481");

		Instant deadline = Instant.now().plus(Duration.ofDays(30));
		JsonNode published = body(publish(id, deadline, draft.get("version").asLong()).andExpect(status().isOk()));

		assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(Instant.parse(published.get("biddingDeadline").asString())).isEqualTo(deadline);
		this.mvc
			.perform(get("/api/procurement/tenders/" + id)
				.with(Tokens.as("supervisor.haining", "supervisor", Map.of(KeycloakClaims.REGION, "330481"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"));
		this.mvc.perform(get("/api/procurement/public/tenders"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", hasItem(id)));
		this.mvc.perform(get("/api/procurement/public/tenders/" + id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("马桥街道社会工作服务站运营项目采购"))
			.andExpect(jsonPath("$.method").value("OPEN_TENDER"))
			.andExpect(jsonPath("$.status").value("PUBLISHED"))
			.andExpect(jsonPath("$.buyerRegion").doesNotExist())
			.andExpect(jsonPath("$.version").doesNotExist());
	}

	@Test
	void aDraftIsNotPublic() throws Exception {
		String id = draftTender(publishedProject()).get("id").asString();

		this.mvc.perform(get("/api/procurement/public/tenders"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", not(hasItem(id))));
		this.mvc.perform(get("/api/procurement/public/tenders/" + id))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.rule").value("tender-not-found"));
	}

	@Test
	void anOpenTenderWithNineteenDaysToBidIsRefusedAndStaysADraft() throws Exception {
		JsonNode draft = draftTender(publishedProject());
		String id = draft.get("id").asString();

		publish(id, Instant.now().plus(Duration.ofDays(19)), draft.get("version").asLong())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("bidding-period-too-short"));
		this.mvc.perform(get("/api/procurement/tenders/" + id).with(HAINING_OFFICER))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.version").value(draft.get("version").asLong()));
	}

	@Test
	void aChangeMadeOnAStaleVersionIsRefusedNotSilentlyApplied() throws Exception {
		JsonNode draft = draftTender(publishedProject());
		String id = draft.get("id").asString();
		long drafted = draft.get("version").asLong();
		publish(id, Instant.now().plus(Duration.ofDays(30)), drafted).andExpect(status().isOk());

		cancel(id, "budget withdrawn", drafted).andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("stale-version"));
		this.mvc.perform(get("/api/procurement/tenders/" + id).with(HAINING_OFFICER))
			.andExpect(jsonPath("$.status").value("PUBLISHED"));
	}

	@Test
	void anOfficerOfAnotherRegionCannotTenderSeeOrChangeIt() throws Exception {
		String projectId = publishedProject();
		String id = draftTender(projectId).get("id").asString();
		RequestPostProcessor neighbour = Tokens.officer("330483");

		this.mvc
			.perform(post("/api/procurement/tenders").with(neighbour)
				.contentType(MediaType.APPLICATION_JSON)
				.content(tenderBody(projectId)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.rule").value("project-not-found"));
		this.mvc.perform(get("/api/procurement/tenders/" + id).with(neighbour))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.rule").value("tender-not-found"));
		this.mvc
			.perform(post("/api/procurement/tenders/" + id + "/cancellation").with(neighbour)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"mine now\",\"version\":0}"))
			.andExpect(status().isNotFound());
	}

	@Test
	void anAgencyCannotDraftTenders() throws Exception {
		this.mvc
			.perform(post("/api/procurement/tenders").with(Tokens.agencyStaff("agency-maqiao"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(tenderBody("prj-any")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aProjectNotYetPublishedCannotBeTendered() throws Exception {
		String projectId = body(this.mvc
			.perform(post("/api/procurement/projects").with(HAINING_OFFICER)
				.contentType(MediaType.APPLICATION_JSON)
				.content(STATION_PROJECT))
			.andExpect(status().isCreated())).get("id").asString();

		this.mvc
			.perform(post("/api/procurement/tenders").with(HAINING_OFFICER)
				.contentType(MediaType.APPLICATION_JSON)
				.content(tenderBody(projectId)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("project-not-in-procurement"));
	}

	@Test
	void cancellingNeedsAReasonAndTheTrailShowsWhoPublishedAndCancelledAndWhy() throws Exception {
		JsonNode draft = draftTender(publishedProject());
		String id = draft.get("id").asString();
		JsonNode published = body(publish(id, Instant.now().plus(Duration.ofDays(25)), draft.get("version").asLong())
			.andExpect(status().isOk()));
		long version = published.get("version").asLong();

		cancel(id, "  ", version).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("cancellation-reason-required"));
		JsonNode cancelled = body(
				cancel(id, "budget withdrawn by the finance bureau", version).andExpect(status().isOk()));

		assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
		assertThat(cancelled.get("closingReason").asString()).isEqualTo("budget withdrawn by the finance bureau");
		this.mvc.perform(get("/api/procurement/audit/tender/" + id).with(HAINING_OFFICER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(3))
			.andExpect(jsonPath("$[0].action").value("draft"))
			.andExpect(jsonPath("$[1].action").value("publish"))
			.andExpect(jsonPath("$[1].actor").value("officer.haining"))
			.andExpect(jsonPath("$[2].action").value("cancel"))
			.andExpect(jsonPath("$[2].actor").value("officer.haining"))
			.andExpect(jsonPath("$[2].reason").value("budget withdrawn by the finance bureau"));
		this.mvc.perform(get("/api/procurement/public/tenders/" + id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CANCELLED"));
	}

	@Test
	void biddingCannotBeClosedBeforeItsDeadline() throws Exception {
		JsonNode draft = draftTender(publishedProject());
		String id = draft.get("id").asString();
		JsonNode published = body(publish(id, Instant.now().plus(Duration.ofDays(30)), draft.get("version").asLong())
			.andExpect(status().isOk()));

		this.mvc
			.perform(post("/api/procurement/tenders/" + id + "/bidding-closure").with(HAINING_OFFICER)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + published.get("version").asLong() + "}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("bidding-still-open"));
		this.mvc.perform(get("/api/procurement/tenders/" + id).with(HAINING_OFFICER))
			.andExpect(jsonPath("$.status").value("PUBLISHED"))
			.andExpect(jsonPath("$.version").value(published.get("version").asLong()));
	}

	private JsonNode draftTender(String projectId) throws Exception {
		return body(this.mvc
			.perform(post("/api/procurement/tenders").with(HAINING_OFFICER)
				.contentType(MediaType.APPLICATION_JSON)
				.content(tenderBody(projectId)))
			.andExpect(status().isCreated()));
	}

	private static String tenderBody(String projectId) {
		return """
				{"projectId":"%s","method":"OPEN_TENDER","title":"马桥街道社会工作服务站运营项目采购",
				 "summary":"一年期站点运营"}""".formatted(projectId);
	}

	private ResultActions publish(String id, Instant deadline, long version) throws Exception {
		return this.mvc.perform(post("/api/procurement/tenders/" + id + "/publication").with(HAINING_OFFICER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"biddingDeadline\":\"" + deadline + "\",\"version\":" + version + "}"));
	}

	private ResultActions cancel(String id, String reason, long version) throws Exception {
		return this.mvc.perform(post("/api/procurement/tenders/" + id + "/cancellation").with(HAINING_OFFICER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"" + reason + "\",\"version\":" + version + "}"));
	}

	private String publishedProject() throws Exception {
		return new ProjectSteps(this.mvc).publishedProject();
	}

}
