package cn.shegong.procurement.project.web;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.event.EventJson;
import cn.shegong.platform.test.EventSchemas;
import cn.shegong.platform.test.OutboxFixture;
import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.platform.test.Tokens;
import cn.shegong.procurement.event.ProcurementEvents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceIntegrationTest
class ProjectLifecycleIT {

	private static final String STATION_PROJECT = """
			{"buyerId":"buyer-330481-maqiao","title":"马桥街道社会工作服务站运营项目","projectType":"CORE",
			 "serviceArea":"马桥街道","targetGroups":["ELDERLY","CHILDREN"],
			 "budgetLines":[{"category":"PERSONNEL","amountYuan":"330000.00"},
			                {"category":"ACTIVITIES","amountYuan":"120000"},
			                {"category":"MANAGEMENT","amountYuan":"30000"}],
			 "termFrom":"2027-01-01","termTo":"2027-12-31","catalogueCode":"C090101"}""";

	private static final RequestPostProcessor HAINING_OFFICER = Tokens.officer("330481");

	@Autowired
	MockMvc mvc;

	@Autowired
	EmbeddedKafkaBroker broker;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void anOfficerDraftsApprovesAndPublishesAProjectAndTheEventLeavesThroughTheOutbox() throws Exception {
		JsonNode draft = draft(STATION_PROJECT);
		String id = draft.get("id").asString();
		assertThat(draft.get("budgetFen").asLong()).isEqualTo(48_000_000L);
		assertThat(draft.get("status").asString()).isEqualTo("DRAFT");

		JsonNode approved = change(id, "budget-approval", draft.get("version").asLong());
		JsonNode published = change(id, "publication", approved.get("version").asLong());

		assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");
		EnvelopeAndData event = publishedEventOf(id);
		assertThat(event.envelope().is(ProcurementEvents.PROJECT_PUBLISHED)).isTrue();
		assertThat(event.envelope().data()).containsEntry("catalogueCode", "C090101")
			.containsEntry("regionCode", "330481");
		assertThat(EventSchemas.violations(
				getClass().getResourceAsStream(ProcurementEvents.schemaPath(ProcurementEvents.PROJECT_PUBLISHED)),
				event.data()))
			.isEmpty();
	}

	@Test
	void aProjectWithoutApprovedBudgetIsRefusedAndStaysADraft() throws Exception {
		JsonNode draft = draft(STATION_PROJECT);
		String id = draft.get("id").asString();

		this.mvc
			.perform(post("/api/procurement/projects/" + id + "/publication").with(HAINING_OFFICER)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + draft.get("version").asLong() + "}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("https://shegong.cn/problems/budget-not-approved"))
			.andExpect(jsonPath("$.title").value("预算尚未批复"));
		this.mvc.perform(get("/api/procurement/projects/" + id).with(HAINING_OFFICER))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.version").value(draft.get("version").asLong()));
	}

	@Test
	void aChangeMadeOnAStaleVersionIsRefusedNotSilentlyApplied() throws Exception {
		JsonNode draft = draft(STATION_PROJECT);
		String id = draft.get("id").asString();
		change(id, "budget-approval", draft.get("version").asLong());

		this.mvc
			.perform(post("/api/procurement/projects/" + id + "/publication").with(HAINING_OFFICER)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + draft.get("version").asLong() + "}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("stale-version"));
	}

	@Test
	void anOfficerOfAnotherRegionCannotSeeOrChangeTheProject() throws Exception {
		String id = draft(STATION_PROJECT).get("id").asString();

		this.mvc.perform(get("/api/procurement/projects/" + id).with(Tokens.officer("330483")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.rule").value("project-not-found"));
		this.mvc
			.perform(post("/api/procurement/projects/" + id + "/budget-approval").with(Tokens.officer("330483"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":0}"))
			.andExpect(status().isNotFound());
	}

	@Test
	void anAgencyCannotDraftProjects() throws Exception {
		this.mvc
			.perform(post("/api/procurement/projects").with(Tokens.agencyStaff("agency-maqiao"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(STATION_PROJECT))
			.andExpect(status().isForbidden());
	}

	@Test
	void aBudgetWithMoreThanSeventyPercentPersonnelIsRefused() throws Exception {
		this.mvc
			.perform(post("/api/procurement/projects").with(HAINING_OFFICER)
				.contentType(MediaType.APPLICATION_JSON)
				.content(STATION_PROJECT.replace("330000.00", "400000.00")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("personnel-share-too-high"));
	}

	@Test
	void anAmountWithThreeDecimalsOrAMissingTitleIsTheCallersMistake() throws Exception {
		this.mvc
			.perform(post("/api/procurement/projects").with(HAINING_OFFICER)
				.contentType(MediaType.APPLICATION_JSON)
				.content(STATION_PROJECT.replace("\"120000\"", "\"120000.005\"")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("invalid-amount"));
		this.mvc
			.perform(post("/api/procurement/projects").with(HAINING_OFFICER)
				.contentType(MediaType.APPLICATION_JSON)
				.content(STATION_PROJECT.replace("\"title\":\"马桥街道社会工作服务站运营项目\",", "")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.rule").value("invalid-request"));
	}

	@Test
	void aMissingBudgetLineOrABlankTargetGroupIsTheCallersMistakeNotAServerError() throws Exception {
		this.mvc
			.perform(post("/api/procurement/projects").with(HAINING_OFFICER)
				.contentType(MediaType.APPLICATION_JSON)
				.content(STATION_PROJECT.replace("\"budgetLines\":[", "\"budgetLines\":[null,")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.rule").value("malformed-request"));
		this.mvc
			.perform(post("/api/procurement/projects").with(HAINING_OFFICER)
				.contentType(MediaType.APPLICATION_JSON)
				.content(STATION_PROJECT.replace("[\"ELDERLY\",\"CHILDREN\"]", "[\"ELDERLY\",null]")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.rule").value("malformed-request"));
	}

	private JsonNode draft(String body) throws Exception {
		String response = this.mvc
			.perform(post("/api/procurement/projects").with(HAINING_OFFICER)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(response);
	}

	private JsonNode change(String id, String action, long version) throws Exception {
		String response = this.mvc
			.perform(post("/api/procurement/projects/" + id + "/" + action).with(HAINING_OFFICER)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + version + "}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(response);
	}

	private EnvelopeAndData publishedEventOf(String projectId) {
		List<ConsumerRecord<String, String>> records = OutboxFixture.records(this.broker.getBrokersAsString(),
				"procurement.events", 1);
		ConsumerRecord<String, String> record = records.stream()
			.filter((candidate) -> projectId.equals(candidate.key()))
			.findFirst()
			.orElseThrow();
		EventEnvelope envelope = EventJson.standard().read(record.value());
		return new EnvelopeAndData(envelope, this.json.writeValueAsString(envelope.data()));
	}

	record EnvelopeAndData(EventEnvelope envelope, String data) {

	}

}
