package cn.shegong.evaluation.spotcheck.web;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.shegong.evaluation.contract.application.ContractCopies;
import cn.shegong.evaluation.contract.messaging.ProducedEvents;
import cn.shegong.evaluation.event.EvaluationEvents;
import cn.shegong.evaluation.spotcheck.application.SpotChecks;
import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.event.EventJson;
import cn.shegong.platform.event.Topics;
import cn.shegong.platform.outbox.OutboxRelay;
import cn.shegong.platform.security.KeycloakClaims;
import cn.shegong.platform.test.PublishedEvents;
import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.platform.test.Tokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 年度抽查 through the web layer: a region's long contracts awarded through the broker, the
 * year drawn once with a recorded seed that re-runs to the same choice, a spot-check
 * evaluation planned for each chosen contract, and the yearly automatic draw.
 */
@ServiceIntegrationTest
class SpotCheckIT {

	static final RequestPostProcessor ADMIN = Tokens.as("admin", "admin", Map.of());

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	EventJson json;

	@Autowired
	EmbeddedKafkaBroker broker;

	@Autowired
	OutboxRelay relay;

	@Autowired
	ContractCopies contracts;

	@Autowired
	SpotChecks spotChecks;

	@Autowired
	MongoTemplate mongo;

	String region;

	@BeforeEach
	void aRegionWithFourContractsOfThreeYearsAndOneOfOneYear() throws IOException {
		this.region = "35" + ThreadLocalRandom.current().nextInt(1000, 10000);
		ProducedEvents procurement = new ProducedEvents(this.kafka, this.json);
		for (int i = 0; i < 4; i++) {
			procurement.send(Topics.PROCUREMENT, award("2026-01-01", "2028-12-31"));
		}
		procurement.send(Topics.PROCUREMENT, award("2027-01-01", "2027-12-31"));
		await().atMost(Duration.ofSeconds(30)).until(() -> this.contracts.inRegion(this.region).size() == 5);
	}

	@Test
	void theRegionsOfficerDrawsTheYearOnceAndTheRecordedSeedReproducesTheChoice() throws Exception {
		String drawn = draw(Tokens.officer(this.region), 2027).andExpect(status().isCreated())
			.andExpect(jsonPath("$.year").value(2027))
			.andExpect(jsonPath("$.regionCode").value(this.region))
			.andExpect(jsonPath("$.sharePercent").value("30.00"))
			.andExpect(jsonPath("$.eligible.length()").value(4))
			.andExpect(jsonPath("$.chosen.length()").value(2))
			.andExpect(jsonPath("$.drawnBy").value("officer"))
			.andExpect(jsonPath("$.reproducible").value(true))
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode record = JSON.readTree(drawn);
		List<String> eligible = new ArrayList<>();
		record.get("eligible").forEach((e) -> eligible.add(e.get("projectId").asString()));
		assertThat(eligible).isSorted();

		String chosenContract = record.at("/chosen/0/contractId").asString();
		String evaluationId = "ev-" + chosenContract + "-spot-2027";
		assertThat(record.at("/chosen/0/evaluationId").asString()).isEqualTo(evaluationId);
		this.mvc.perform(get("/api/evaluation/evaluations").param("contractId", chosenContract).with(ADMIN))
			.andExpect(jsonPath("$[?(@.kind == 'SPOT_CHECK')].id").value(evaluationId))
			.andExpect(jsonPath("$[?(@.kind == 'SPOT_CHECK')].status").value("PLANNED"));
		EventEnvelope scheduled = new PublishedEvents(this.broker.getBrokersAsString(), this.relay, Topics.EVALUATION)
			.about(evaluationId, EvaluationEvents.EVALUATION_SCHEDULED)
			.get(0);
		assertThat(scheduled.data()).containsEntry("kind", "SPOT_CHECK").doesNotContainKey("milestoneId");
		assertThat(PublishedEvents.violations(scheduled,
				EvaluationEvents.schemaPath(EvaluationEvents.EVALUATION_SCHEDULED)))
			.isEmpty();

		draw(ADMIN, 2027).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value(Matchers.endsWith("spot-check-already-drawn")))
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("officer")));
		read(Tokens.as("supervisor", "supervisor", Map.of(KeycloakClaims.REGION, this.region)), 2027)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.seed").value(record.get("seed").asString()))
			.andExpect(jsonPath("$.chosen[*].projectId").value(Matchers
				.contains(record.at("/chosen/0/projectId").asString(), record.at("/chosen/1/projectId").asString())))
			.andExpect(jsonPath("$.reproducible").value(true));
		this.mvc
			.perform(
					get("/api/evaluation/spot-checks/{year}/{region}", 2027, this.region).with(Tokens.officer("440800"))
						.header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value(Matchers.endsWith("region-not-governed")))
			.andExpect(jsonPath("$.title").value("该地区不在您的管辖范围内"));
		draw(Tokens.officer("440800"), 2027).andExpect(status().isForbidden());
		read(ADMIN, 2026).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value(Matchers.endsWith("spot-check-not-found")));
		this.mvc
			.perform(post("/api/evaluation/spot-checks").with(ADMIN)
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"year\": 2027, \"regionCode\": \"" + this.region + "99\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value(Matchers.endsWith("spot-check-nothing-eligible")))
			.andExpect(jsonPath("$.title").value("No contract eligible for the spot check"));
	}

	@Test
	void ofTwoConcurrentDrawsOnlyOneIsRecorded() {
		List<CompletableFuture<Integer>> draws = List.of(1, 2)
			.stream()
			.map((i) -> CompletableFuture.supplyAsync(() -> statusOf(draw(ADMIN, 2027))))
			.toList();

		assertThat(draws.stream().map(CompletableFuture::join).toList()).containsExactlyInAnyOrder(201, 409);
	}

	@Test
	void theAutomaticDrawRunsFromItsDayOnAndOnlyOnce() throws Exception {
		this.spotChecks.drawDueOn(LocalDate.of(2027, 1, 14));
		read(ADMIN, 2027).andExpect(status().isNotFound());

		this.spotChecks.drawDueOn(LocalDate.of(2027, 1, 15));
		String seed = JSON
			.readTree(read(ADMIN, 2027).andExpect(status().isOk())
				.andExpect(jsonPath("$.drawnBy").value("timer"))
				.andExpect(jsonPath("$.chosen.length()").value(2))
				.andReturn()
				.getResponse()
				.getContentAsString())
			.get("seed")
			.asString();

		this.spotChecks.drawDueOn(LocalDate.of(2027, 1, 16));
		read(ADMIN, 2027).andExpect(jsonPath("$.seed").value(seed));
	}

	@Test
	void aChosenContractWhoseEvaluationWasNeverPlannedIsPlannedByTheNextPass() throws Exception {
		this.spotChecks.drawDueOn(LocalDate.of(2027, 1, 15));
		String evaluationId = JSON.readTree(read(ADMIN, 2027).andReturn().getResponse().getContentAsString())
			.at("/chosen/0/evaluationId")
			.asString();
		this.mongo.remove(Query.query(Criteria.where("_id").is(evaluationId)), "evaluations");
		this.mvc.perform(get("/api/evaluation/evaluations/{id}", evaluationId).with(ADMIN))
			.andExpect(status().isNotFound());

		this.spotChecks.drawDueOn(LocalDate.of(2027, 1, 16));

		this.mvc.perform(get("/api/evaluation/evaluations/{id}", evaluationId).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("SPOT_CHECK"));
	}

	private int statusOf(ResultActions actions) {
		return actions.andReturn().getResponse().getStatus();
	}

	private ResultActions draw(RequestPostProcessor token, int year) {
		try {
			return this.mvc.perform(post("/api/evaluation/spot-checks").with(token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"year\": " + year + ", \"regionCode\": \"" + this.region + "\"}"));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private ResultActions read(RequestPostProcessor token, int year) throws Exception {
		return this.mvc.perform(get("/api/evaluation/spot-checks/{year}/{region}", year, this.region).with(token));
	}

	private EventEnvelope award(String from, String to) throws IOException {
		String contractId = "ctr-" + UUID.randomUUID();
		Map<String, Object> award = ProducedEvents.example("procurement.ContractAwarded");
		award.put("contractId", contractId);
		award.put("projectId", "prj-" + contractId);
		award.put("regionCode", this.region);
		award.put("termFrom", from);
		award.put("termTo", to);
		return ProducedEvents.event("procurement.ContractAwarded", contractId, award);
	}

}
