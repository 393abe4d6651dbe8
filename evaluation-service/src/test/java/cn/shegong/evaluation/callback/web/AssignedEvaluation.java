package cn.shegong.evaluation.callback.web;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.shegong.evaluation.contract.messaging.ProducedEvents;
import cn.shegong.platform.event.EventJson;
import cn.shegong.platform.event.Topics;
import cn.shegong.platform.security.KeycloakClaims;
import cn.shegong.platform.test.AdjustableClock;
import cn.shegong.platform.test.Tokens;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The mid-term evaluation of a fresh contract, with every figure the other services feed
 * arrived through the broker and a fresh evaluator assigned: where callbacks start.
 */
record AssignedEvaluation(String contractId, String agencyId, String evaluationId, String evaluatorId) {

	static final RequestPostProcessor ADMIN = Tokens.as("admin", "admin", Map.of());

	static final RequestPostProcessor OFFICER = Tokens.officer("330400");

	static AssignedEvaluation arrange(MockMvc mvc, KafkaTemplate<String, String> kafka, EventJson json)
			throws Exception {
		String contractId = "ctr-" + UUID.randomUUID();
		String agencyId = "agency-" + UUID.randomUUID();
		AssignedEvaluation arranged = new AssignedEvaluation(contractId, agencyId, "ev-" + contractId + "-ms-1",
				"eva-" + UUID.randomUUID());
		arranged.figuresArrive(new ProducedEvents(kafka, json));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> mvc.perform(get("/api/evaluation/contracts/{id}/figures", contractId).with(ADMIN))
				.andExpect(jsonPath("$.notYetMeasured").value(Matchers.contains("DATA_QUALITY"))));
		mvc.perform(post("/api/evaluation/evaluators").with(ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"evaluatorId\": \"%s\", \"name\": \"评估员\", \"evaluatorOrgId\": \"org-%s\", \"employments\": []}"
				.formatted(arranged.evaluatorId(), arranged.evaluatorId())))
			.andExpect(status().is2xxSuccessful());
		mvc.perform(post("/api/evaluation/evaluations/{id}/assignment", arranged.evaluationId()).with(OFFICER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"evaluatorIds\": [\"" + arranged.evaluatorId() + "\"]}")).andExpect(status().isOk());
		return arranged;
	}

	RequestPostProcessor agency() {
		return Tokens.agencyStaff(this.agencyId);
	}

	RequestPostProcessor evaluator() {
		return evaluatorToken(this.evaluatorId);
	}

	static RequestPostProcessor evaluatorToken(String evaluatorId) {
		return Tokens.as(evaluatorId, "evaluator", Map.of(KeycloakClaims.EVALUATOR_ORG_ID, "org-" + evaluatorId));
	}

	private void figuresArrive(ProducedEvents events) throws Exception {
		Map<String, Object> award = ProducedEvents.example("procurement.ContractAwarded");
		award.put("contractId", this.contractId);
		award.put("projectId", "prj-" + this.contractId);
		award.put("agencyId", this.agencyId);
		events.send(Topics.PROCUREMENT, ProducedEvents.event("procurement.ContractAwarded", this.contractId, award));
		Map<String, Object> due = ProducedEvents.example("procurement.MilestoneDue");
		due.put("contractId", this.contractId);
		due.put("agencyId", this.agencyId);
		events.send(Topics.PROCUREMENT, ProducedEvents.event("procurement.MilestoneDue", this.contractId, due));
		Map<String, Object> measured = ProducedEvents.example("feedback.SatisfactionMeasured");
		measured.put("contractId", this.contractId);
		measured.put("projectId", "prj-" + this.contractId);
		events.send(Topics.FEEDBACK,
				ProducedEvents.event("feedback.SatisfactionMeasured", "prj-" + this.contractId, measured));
		Map<String, Object> staffing = ProducedEvents.example("talent.StaffingChanged");
		staffing.put("contractId", this.contractId);
		staffing.remove("projectId");
		events.send(Topics.TALENT, ProducedEvents.event("talent.StaffingChanged", this.contractId, staffing));
		Map<String, Object> progress = ProducedEvents.example("procurement.ProgressReported");
		progress.put("contractId", this.contractId);
		events.send(Topics.PROCUREMENT,
				ProducedEvents.event("procurement.ProgressReported", this.contractId, progress));
	}

	/** The clock the callback tests share, so that they share one application context. */
	@TestConfiguration(proxyBeanMethods = false)
	static class MovableTime {

		@Bean
		AdjustableClock clock() {
			return AdjustableClock.inShanghai();
		}

	}

}
