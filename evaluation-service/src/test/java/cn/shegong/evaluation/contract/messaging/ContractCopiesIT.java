package cn.shegong.evaluation.contract.messaging;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;

import cn.shegong.evaluation.contract.application.ContractCopies;
import cn.shegong.evaluation.contract.model.MilestoneFellDue;
import cn.shegong.evaluation.contract.model.MilestoneType;
import cn.shegong.platform.consumer.ProcessedEvents;
import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.event.EventJson;
import cn.shegong.platform.event.Topics;
import cn.shegong.platform.test.ServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Procurement's awards and due milestones reach evaluation through the broker, twice as a
 * redelivery would, and in either order.
 */
@ServiceIntegrationTest
@Import(AnnouncedDues.class)
class ContractCopiesIT {

	private static final LocalDate MID_TERM_DUE = LocalDate.of(2027, 6, 30);

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	EventJson json;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	ContractCopies contracts;

	@Autowired
	AnnouncedDues announced;

	ProducedEvents procurement;

	String contractId;

	@BeforeEach
	void aContractOfItsOwn() {
		this.procurement = new ProducedEvents(this.kafka, this.json);
		this.contractId = "ctr-" + UUID.randomUUID();
	}

	@Test
	void anAwardDeliveredTwiceIsStoredOnceWithEverythingEvaluationReads() throws IOException {
		EventEnvelope awarded = awarded();

		this.procurement.send(Topics.PROCUREMENT, awarded);
		this.procurement.send(Topics.PROCUREMENT, awarded);

		await().atMost(Duration.ofSeconds(30)).until(() -> this.contracts.find(this.contractId).isPresent());
		assertThat(this.mongo.count(Query.query(Criteria.where("_id").is(this.contractId)), "contracts")).isEqualTo(1);
		var contract = this.contracts.find(this.contractId).orElseThrow();
		assertThat(contract.projectId()).isEqualTo("prj-2027-maqiao-01");
		assertThat(contract.milestones()).hasSize(2);
		assertThat(contract.staffingRequirement().minimumCertified()).isEqualTo(4);
		assertThat(contract.numericTarget("satisfactionRateBp")).contains(8500L);
	}

	@Test
	void aMilestoneDueDeliveredTwiceIsMarkedAndAnnouncedOnce() throws IOException {
		this.procurement.send(Topics.PROCUREMENT, awarded());
		EventEnvelope due = milestoneDue();

		this.procurement.send(Topics.PROCUREMENT, due);
		this.procurement.send(Topics.PROCUREMENT, due);
		this.procurement.send(Topics.PROCUREMENT, milestoneDue());

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.announced.of(this.contractId))
				.containsExactly(new MilestoneFellDue(this.contractId, "ms-1", MilestoneType.MID_TERM, MID_TERM_DUE)));
		assertThat(this.contracts.find(this.contractId).orElseThrow().milestone("ms-1"))
			.hasValueSatisfying((milestone) -> assertThat(milestone.due()).isTrue());
	}

	@Test
	void aMilestoneDueBeforeItsAwardIsHeldAndAnnouncedWhenTheAwardArrives() throws IOException {
		this.procurement.send(Topics.PROCUREMENT, milestoneDue());
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.mongo.count(Query.query(Criteria.where("contractId").is(this.contractId)),
					"pending_milestone_dues") == 1);
		assertThat(this.announced.of(this.contractId)).isEmpty();

		this.procurement.send(Topics.PROCUREMENT, awarded());

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.announced.of(this.contractId))
				.containsExactly(new MilestoneFellDue(this.contractId, "ms-1", MilestoneType.MID_TERM, MID_TERM_DUE)));
		assertThat(this.contracts.find(this.contractId).orElseThrow().milestone("ms-1"))
			.hasValueSatisfying((milestone) -> assertThat(milestone.announced()).isTrue());
		assertThat(this.mongo.count(Query.query(Criteria.where("contractId").is(this.contractId)),
				"pending_milestone_dues"))
			.isZero();
	}

	@Test
	void theBuyerOfAProjectPublishedBeforeItsAwardIsOnTheContract() throws IOException {
		String projectId = "prj-" + UUID.randomUUID();
		EventEnvelope published = projectPublished(projectId, "buyer-before");
		this.procurement.send(Topics.PROCUREMENT, published);
		this.procurement.send(Topics.PROCUREMENT, published);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.mongo.count(Query.query(Criteria.where("_id").is(projectId)), "project_buyers") == 1);

		this.procurement.send(Topics.PROCUREMENT, awarded(projectId));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.contracts.find(this.contractId))
				.hasValueSatisfying((contract) -> assertThat(contract.buyerId()).isEqualTo("buyer-before")));
		assertThat(this.contracts.idsBoughtBy("buyer-before")).containsExactly(this.contractId);
	}

	@Test
	void theBuyerOfAProjectPublishedAfterItsAwardIsAttachedAndARedeliveredAwardKeepsIt() throws IOException {
		String projectId = "prj-" + UUID.randomUUID();
		String buyerId = "buyer-after-" + UUID.randomUUID();
		EventEnvelope awarded = awarded(projectId);
		this.procurement.send(Topics.PROCUREMENT, awarded);
		await().atMost(Duration.ofSeconds(30)).until(() -> this.contracts.find(this.contractId).isPresent());
		assertThat(this.contracts.find(this.contractId).orElseThrow().buyerId()).isNull();

		this.procurement.send(Topics.PROCUREMENT, projectPublished(projectId, buyerId));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.contracts.idsBoughtBy(buyerId)).containsExactly(this.contractId));

		this.procurement.send(Topics.PROCUREMENT,
				ProducedEvents.event("procurement.ContractAwarded", this.contractId, awarded.data()));
		this.procurement.send(Topics.PROCUREMENT, milestoneDue());
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.contracts.find(this.contractId).orElseThrow().milestone("ms-1"))
				.hasValueSatisfying((milestone) -> assertThat(milestone.announced()).isTrue()));
		assertThat(this.contracts.find(this.contractId).orElseThrow().buyerId()).isEqualTo(buyerId);
	}

	@Test
	void otherProducedEventsAreIgnored() throws IOException {
		String bidId = "bid-" + UUID.randomUUID();
		this.procurement.send(Topics.PROCUREMENT, ProducedEvents.event("procurement.BidSubmitted", bidId,
				ProducedEvents.example("procurement.BidSubmitted")));
		this.procurement.send(Topics.PROCUREMENT, awarded());

		await().atMost(Duration.ofSeconds(30)).until(() -> this.contracts.find(this.contractId).isPresent());
		assertThat(this.mongo.count(Query.query(Criteria.where("subject").is(bidId)), ProcessedEvents.COLLECTION))
			.isZero();
	}

	private EventEnvelope awarded() throws IOException {
		Map<String, Object> data = ProducedEvents.example("procurement.ContractAwarded");
		data.put("contractId", this.contractId);
		return ProducedEvents.event("procurement.ContractAwarded", this.contractId, data);
	}

	private EventEnvelope awarded(String projectId) throws IOException {
		Map<String, Object> data = ProducedEvents.example("procurement.ContractAwarded");
		data.put("contractId", this.contractId);
		data.put("projectId", projectId);
		return ProducedEvents.event("procurement.ContractAwarded", this.contractId, data);
	}

	private static EventEnvelope projectPublished(String projectId, String buyerId) throws IOException {
		Map<String, Object> data = ProducedEvents.example("procurement.ProjectPublished");
		data.put("projectId", projectId);
		data.put("buyerId", buyerId);
		return ProducedEvents.event("procurement.ProjectPublished", projectId, data);
	}

	private EventEnvelope milestoneDue() throws IOException {
		Map<String, Object> data = ProducedEvents.example("procurement.MilestoneDue");
		data.put("contractId", this.contractId);
		return ProducedEvents.event("procurement.MilestoneDue", this.contractId, data);
	}

}
