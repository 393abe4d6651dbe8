package cn.shegong.talent.panel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.event.EventJson;
import cn.shegong.platform.event.Topics;
import cn.shegong.platform.security.KeycloakClaims;
import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.platform.test.Tokens;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Evaluation's panels arrive through the broker in evaluation's own envelope and example
 * payload; from then on the contract's staffing opens to its evaluators and to nobody
 * else of their role, also after the evaluation is final.
 */
@ServiceIntegrationTest
class EvaluatorPanelsIT {

	private static final Path EVALUATION_EVENTS = Path.of("../evaluation-service/src/main/resources/events");

	private static final Path PROCUREMENT_AWARD = Path
		.of("../procurement-service/src/main/resources/events/procurement.ContractAwarded.v1.example.json");

	@Autowired
	MockMvc mvc;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	EventJson json;

	@Autowired
	MongoTemplate mongo;

	String contractId;

	String agency;

	@BeforeEach
	void aContractAwardedByProcurement() throws IOException {
		this.contractId = "ctr-" + UUID.randomUUID();
		this.agency = "agency-" + UUID.randomUUID();
		Map<String, Object> award = data(PROCUREMENT_AWARD);
		award.put("contractId", this.contractId);
		award.put("agencyId", this.agency);
		send(Topics.PROCUREMENT, envelope("procurement.ContractAwarded", award));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> staffing(Tokens.agencyHr(this.agency)).andReturn().getResponse().getStatus() == 200);
	}

	@Test
	void onlyTheEvaluatorsOnAPanelOfTheContractReadItsStaffingAndARedeliveryChangesNothing() throws Exception {
		String zhiping = "evaluator.zhiping-" + UUID.randomUUID();
		String lanfang = "evaluator.lanfang-" + UUID.randomUUID();
		String midTerm = "ev-" + UUID.randomUUID();
		EventEnvelope assigned = envelope("evaluation.EvaluatorsAssigned", panel(midTerm, zhiping));

		staffing(evaluator(zhiping)).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.rule").value("contract-not-found"));

		// Delivered twice, as after a crash between handling and recording; then the
		// evaluation ends, an event talent ignores; then a later evaluation's panel, in
		// order on the same key, tells the test all before it was handled.
		send(Topics.EVALUATION, assigned);
		send(Topics.EVALUATION, assigned);
		send(Topics.EVALUATION, envelope("evaluation.EvaluationFinalized",
				Map.of("evaluationId", midTerm, "contractId", this.contractId)));
		send(Topics.EVALUATION, envelope("evaluation.EvaluatorsAssigned", panel("ev-" + UUID.randomUUID(), lanfang)));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> staffing(evaluator(lanfang)).andReturn().getResponse().getStatus() == 200);

		staffing(evaluator(zhiping)).andExpect(status().isOk())
			.andExpect(jsonPath("$.contractId").value(this.contractId));
		staffing(evaluator("evaluator.unassigned-" + UUID.randomUUID())).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.rule").value("contract-not-found"));
		assertThat(this.mongo.count(Query.query(Criteria.where("contractId").is(this.contractId)),
				EvaluatorPanels.PanelDocument.COLLECTION))
			.as("one panel per evaluation however often it is delivered")
			.isEqualTo(2);
		staffing(Tokens.officer("330481")).andExpect(status().isOk());
	}

	private Map<String, Object> panel(String evaluationId, String evaluator) throws IOException {
		Map<String, Object> panel = data(EVALUATION_EVENTS.resolve("evaluation.EvaluatorsAssigned.v1.example.json"));
		panel.put("evaluationId", evaluationId);
		panel.put("contractId", this.contractId);
		panel.put("agencyId", this.agency);
		panel.put("evaluatorIds", List.of(evaluator));
		return panel;
	}

	private EventEnvelope envelope(String type, Map<String, Object> data) {
		return new EventEnvelope(UUID.randomUUID().toString(), type, 1, Instant.now(),
				type.substring(0, type.indexOf('.')) + "-service", this.contractId, data);
	}

	private void send(String topic, EventEnvelope event) {
		this.kafka.send(topic, this.contractId, this.json.write(event));
	}

	private ResultActions staffing(RequestPostProcessor caller) throws Exception {
		return this.mvc.perform(get("/api/talent/contracts/{id}/staffing", this.contractId).with(caller));
	}

	private static RequestPostProcessor evaluator(String username) {
		return Tokens.as(username, "evaluator", Map.of(KeycloakClaims.EVALUATOR_ORG_ID, "eval-zhiping"));
	}

	private static Map<String, Object> data(Path example) throws IOException {
		return JsonMapper.builder().build().readValue(Files.readString(example), new TypeReference<>() {
		});
	}

}
