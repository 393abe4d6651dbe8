package cn.shegong.evaluation.evaluation.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import cn.shegong.evaluation.contract.application.ContractCopies;
import cn.shegong.evaluation.contract.messaging.ProducedEvents;
import cn.shegong.evaluation.contract.model.ContractMilestone;
import cn.shegong.evaluation.event.EvaluationEvents;
import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.event.EventJson;
import cn.shegong.platform.event.Topics;
import cn.shegong.platform.outbox.OutboxRelay;
import cn.shegong.platform.test.PublishedEvents;
import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.platform.test.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A contract's evaluations are planned as soon as its award arrives, and the milestone
 * dues that follow (or come first, or come again) plan nothing new.
 */
@ServiceIntegrationTest
class EvaluationPlanningIT {

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

	ProducedEvents procurement;

	PublishedEvents published;

	String contractId;

	@BeforeEach
	void aContractOfItsOwn() {
		this.procurement = new ProducedEvents(this.kafka, this.json);
		this.published = new PublishedEvents(this.broker.getBrokersAsString(), this.relay, Topics.EVALUATION);
		this.contractId = "ctr-" + UUID.randomUUID();
	}

	@Test
	void theAwardAlonePlansTheMidTermAndTheFinalEvaluationOneMonthBeforeTheEnd() throws Exception {
		this.procurement.send(Topics.PROCUREMENT, award(null));

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> plan().andExpect(jsonPath("$.length()").value(2)));
		plan().andExpect(jsonPath("$[?(@.kind == 'MID_TERM')].id").value("ev-" + this.contractId + "-ms-1"))
			.andExpect(jsonPath("$[?(@.kind == 'MID_TERM')].plannedFor").value("2027-06-30"))
			.andExpect(jsonPath("$[?(@.kind == 'FINAL')].id").value("ev-" + this.contractId + "-ms-2"))
			.andExpect(jsonPath("$[?(@.kind == 'FINAL')].plannedFor").value("2027-11-30"))
			.andExpect(jsonPath("$[*].status").value(Matchers.everyItem(Matchers.is("PLANNED"))));

		this.procurement.send(Topics.PROCUREMENT, due("ms-1", "MID_TERM", "2027-06-30"));
		this.procurement.send(Topics.PROCUREMENT, due("ms-2", "FINAL", "2027-11-30"));
		this.procurement.send(Topics.PROCUREMENT, due("ms-2", "FINAL", "2027-11-30"));
		this.procurement.send(Topics.PROCUREMENT, award(null));
		awaitAnnounced("ms-1", "ms-2");

		plan().andExpect(jsonPath("$.length()").value(2));
		assertThat(this.published.about("ev-" + this.contractId + "-ms-1", EvaluationEvents.EVALUATION_SCHEDULED))
			.hasSize(1);
		assertThat(this.published.about("ev-" + this.contractId + "-ms-2", EvaluationEvents.EVALUATION_SCHEDULED))
			.singleElement()
			.satisfies((event) -> assertThat(PublishedEvents.violations(event,
					EvaluationEvents.schemaPath(EvaluationEvents.EVALUATION_SCHEDULED)))
				.isEmpty());
	}

	@Test
	void aMilestoneDueBeforeItsAwardPlansTheSameEvaluations() throws Exception {
		this.procurement.send(Topics.PROCUREMENT, due("ms-1", "MID_TERM", "2027-06-30"));
		this.procurement.send(Topics.PROCUREMENT, award(null));
		awaitAnnounced("ms-1");

		plan().andExpect(jsonPath("$[*].id")
			.value(Matchers.containsInAnyOrder("ev-" + this.contractId + "-ms-1", "ev-" + this.contractId + "-ms-2")));
	}

	@Test
	void aFinalEvaluationWithoutAFinalMilestoneKeepsOneStableId() throws Exception {
		this.procurement.send(Topics.PROCUREMENT,
				award(List.of(Map.of("milestoneId", "ms-1", "type", "MID_TERM", "dueOn", "2027-06-30"))));
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> plan().andExpect(jsonPath("$.length()").value(2)));
		plan().andExpect(jsonPath("$[?(@.kind == 'FINAL')].id").value("ev-" + this.contractId + "-final"))
			.andExpect(jsonPath("$[?(@.kind == 'FINAL')].plannedFor").value("2027-11-30"));

		this.procurement.send(Topics.PROCUREMENT, due("ms-9", "FINAL", "2027-12-01"));
		awaitAnnounced("ms-9");

		String finalId = "ev-" + this.contractId + "-final";
		plan().andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[?(@.kind == 'FINAL')].id").value(finalId))
			.andExpect(jsonPath("$[?(@.kind == 'FINAL')].milestoneId").value("ms-9"));
		List<EventEnvelope> scheduled = this.published.about(finalId, EvaluationEvents.EVALUATION_SCHEDULED);
		assertThat(scheduled).hasSize(2);
		assertThat(scheduled.get(0).data()).doesNotContainKey("milestoneId");
		assertThat(scheduled.get(1).data()).containsEntry("milestoneId", "ms-9");
		assertThat(scheduled).allSatisfy((event) -> assertThat(
				PublishedEvents.violations(event, EvaluationEvents.schemaPath(EvaluationEvents.EVALUATION_SCHEDULED)))
			.isEmpty());
	}

	private ResultActions plan() throws Exception {
		return this.mvc
			.perform(get("/api/evaluation/evaluations").param("contractId", this.contractId)
				.with(Tokens.officer("330400")))
			.andExpect(status().isOk());
	}

	private void awaitAnnounced(String... milestoneIds) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.contracts.find(this.contractId)
				.map((contract) -> List.of(milestoneIds)
					.stream()
					.allMatch((id) -> contract.milestone(id).filter(ContractMilestone::announced).isPresent()))
				.orElse(false));
	}

	private EventEnvelope award(List<Map<String, Object>> milestones) throws IOException {
		Map<String, Object> award = ProducedEvents.example("procurement.ContractAwarded");
		award.put("contractId", this.contractId);
		if (milestones != null) {
			award.put("milestones", milestones);
		}
		return ProducedEvents.event("procurement.ContractAwarded", this.contractId, award);
	}

	private EventEnvelope due(String milestoneId, String type, String dueOn) throws IOException {
		Map<String, Object> due = ProducedEvents.example("procurement.MilestoneDue");
		due.put("contractId", this.contractId);
		due.put("milestoneId", milestoneId);
		due.put("type", type);
		due.put("dueOn", dueOn);
		return ProducedEvents.event("procurement.MilestoneDue", this.contractId, due);
	}

}
