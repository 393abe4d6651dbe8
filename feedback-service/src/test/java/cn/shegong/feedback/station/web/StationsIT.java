package cn.shegong.feedback.station.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;

import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.event.EventJson;
import cn.shegong.platform.event.Topics;
import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.platform.test.Tokens;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Projects reach feedback from procurement's events, the award possibly before the
 * publication; residents find them without signing in; staff read them only where they
 * work or oversee.
 */
@ServiceIntegrationTest
class StationsIT {

	private static final Path PROCUREMENT_EVENTS = Path.of("../procurement-service/src/main/resources/events");

	@Autowired
	MockMvc mvc;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	EventJson json;

	@Autowired
	Clock clock;

	@Test
	void anAwardedProjectInItsTermIsListedForResidentsAndFoundByItsStationCode() throws Exception {
		String projectId = servedProject("agency-maqiao", today().minusMonths(1), today().plusMonths(11));

		String list = this.mvc.perform(get("/api/feedback/public/projects"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].projectId", hasItem(projectId)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).doesNotContain("agency-maqiao").doesNotContain("buyer-");
		String code = JsonPath.<java.util.List<String>>read(list,
				"$[?(@.projectId == '" + projectId + "')].stationCode")
			.get(0);

		this.mvc.perform(get("/api/feedback/public/projects/{code}", code.toLowerCase()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.projectId").value(projectId))
			.andExpect(jsonPath("$.title").value("马桥街道社会工作服务站运营项目"));
	}

	@Test
	void aProjectWhoseTermHasNotStartedIsNotListedAndRefusesFeedbackByName() throws Exception {
		String projectId = servedProject("agency-maqiao", today().plusMonths(2), today().plusMonths(14));

		this.mvc.perform(get("/api/feedback/public/projects"))
			.andExpect(jsonPath("$[*].projectId", not(hasItem(projectId))));
		this.mvc.perform(get("/api/feedback/public/projects/{id}", projectId))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("project-not-open-for-feedback"));
		this.mvc.perform(get("/api/feedback/public/projects/{id}", "NO-SUCH"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.rule").value("project-not-found"));
	}

	@Test
	void staffReadAProjectOnlyWhereTheyWorkOrOversee() throws Exception {
		String projectId = servedProject("agency-maqiao", today().minusMonths(1), today().plusMonths(11));

		this.mvc.perform(get("/api/feedback/projects/{id}", projectId).with(Tokens.agencyStaff("agency-maqiao")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.agencyId").value("agency-maqiao"));
		this.mvc.perform(get("/api/feedback/projects/{id}", projectId).with(Tokens.officer("330481")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/feedback/projects/{id}", projectId).with(Tokens.agencyStaff("agency-xiashi")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/feedback/projects/{id}", projectId).with(Tokens.officer("330483")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/feedback/projects/{id}", projectId)).andExpect(status().isUnauthorized());
		this.mvc
			.perform(get("/api/feedback/projects/{id}/station-qr.svg", projectId)
				.with(Tokens.agencyStaff("agency-xiashi")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theRunningAgencyPrintsAQrCodeThatOpensTheFormWithItsStationCode() throws Exception {
		String projectId = servedProject("agency-maqiao", today().minusMonths(1), today().plusMonths(11));
		String code = JsonPath.read(this.mvc.perform(get("/api/feedback/public/projects/{id}", projectId))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.stationCode");

		this.mvc
			.perform(get("/api/feedback/projects/{id}/station-qr.svg", projectId)
				.with(Tokens.agencyStaff("agency-maqiao")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.contentTypeCompatibleWith("image/svg+xml"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("X-Station-Form-Url", "http://127.0.0.1:8080/api/feedback/public/projects/" + code));
	}

	/**
	 * Publishes the award before the publication, each twice, and waits until the project
	 * is complete.
	 */
	private String servedProject(String agencyId, LocalDate termFrom, LocalDate termTo) throws IOException {
		String projectId = "prj-" + UUID.randomUUID();
		Map<String, Object> award = example("procurement.ContractAwarded.v1.example.json");
		award.put("contractId", "ctr-" + UUID.randomUUID());
		award.put("projectId", projectId);
		award.put("agencyId", agencyId);
		award.put("termFrom", termFrom.toString());
		award.put("termTo", termTo.toString());
		Map<String, Object> published = example("procurement.ProjectPublished.v1.example.json");
		published.put("projectId", projectId);
		published.put("termFrom", termFrom.toString());
		published.put("termTo", termTo.toString());
		send("procurement.ContractAwarded", projectId, award);
		send("procurement.ProjectPublished", projectId, published);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.mvc
				.perform(get("/api/feedback/projects/{id}", projectId)
					.with(Tokens.as("admin.platform", "admin", Map.of())))
				.andReturn()
				.getResponse()
				.getContentAsString()
				.contains("马桥街道社会工作服务站运营项目"));
		return projectId;
	}

	private void send(String type, String subject, Map<String, Object> data) {
		EventEnvelope event = new EventEnvelope(UUID.randomUUID().toString(), type, 1, Instant.now(),
				"procurement-service", subject, data);
		this.kafka.send(Topics.PROCUREMENT, subject, this.json.write(event));
		this.kafka.send(Topics.PROCUREMENT, subject, this.json.write(event));
	}

	private static Map<String, Object> example(String file) throws IOException {
		return JsonMapper.builder()
			.build()
			.readValue(Files.readString(PROCUREMENT_EVENTS.resolve(file)), new TypeReference<>() {
			});
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
