package cn.shegong.evaluation.scenario;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.kafka.core.KafkaTemplate;

import cn.shegong.evaluation.contract.messaging.ProducedEvents;
import cn.shegong.evaluation.figure.application.LatestFigures;
import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.event.EventJson;
import cn.shegong.platform.event.Topics;

import static org.awaitility.Awaitility.await;

/**
 * A fresh contract as the other services tell evaluation about it through the broker:
 * procurement awards it and announces its mid-term milestone (ms-1), and feedback, talent
 * and procurement send the figures that fill its automatic leaves.
 */
public final class ContractOnRecord {

	private final ProducedEvents events;

	private final LatestFigures latest;

	private final String contractId;

	private final String agencyId;

	private ContractOnRecord(ProducedEvents events, LatestFigures latest, String contractId, String agencyId) {
		this.events = events;
		this.latest = latest;
		this.contractId = contractId;
		this.agencyId = agencyId;
	}

	/**
	 * A contract and agency no other test knows, told about through the test's broker.
	 */
	public static ContractOnRecord fresh(ApplicationContext context) {
		KafkaTemplate<String, String> kafka = stringTemplate(context);
		return new ContractOnRecord(new ProducedEvents(kafka, context.getBean(EventJson.class)),
				context.getBean(LatestFigures.class), "ctr-" + UUID.randomUUID(), "agency-" + UUID.randomUUID());
	}

	public String contractId() {
		return this.contractId;
	}

	public String agencyId() {
		return this.agencyId;
	}

	/** The evaluation planned for the mid-term milestone. */
	public String evaluationId() {
		return "ev-" + this.contractId + "-ms-1";
	}

	/** Procurement's ContractAwarded, as its example with this contract and agency. */
	public ContractOnRecord awarded() throws IOException {
		Map<String, Object> award = ProducedEvents.example("procurement.ContractAwarded");
		award.put("contractId", this.contractId);
		award.put("projectId", "prj-" + this.contractId);
		award.put("agencyId", this.agencyId);
		this.events.send(Topics.PROCUREMENT,
				ProducedEvents.event("procurement.ContractAwarded", this.contractId, award));
		return this;
	}

	/**
	 * Procurement's MilestoneDue for ms-1, sent {@code times} times as a redelivering
	 * producer would.
	 */
	public ContractOnRecord milestoneFellDue(int times) throws IOException {
		Map<String, Object> due = ProducedEvents.example("procurement.MilestoneDue");
		due.put("contractId", this.contractId);
		due.put("agencyId", this.agencyId);
		for (int sent = 0; sent < times; sent++) {
			this.events.send(Topics.PROCUREMENT,
					ProducedEvents.event("procurement.MilestoneDue", this.contractId, due));
		}
		return this;
	}

	/**
	 * Feedback's satisfaction, talent's staffing and procurement's progress for this
	 * contract, sent without waiting for them to be recorded.
	 * @return the satisfaction event, whose id the figure it becomes cites
	 */
	public EventEnvelope figuresSent() throws IOException {
		Map<String, Object> measured = ProducedEvents.example("feedback.SatisfactionMeasured");
		measured.put("contractId", this.contractId);
		measured.put("projectId", "prj-" + this.contractId);
		EventEnvelope satisfaction = ProducedEvents.event("feedback.SatisfactionMeasured", "prj-" + this.contractId,
				measured);
		this.events.send(Topics.FEEDBACK, satisfaction);
		Map<String, Object> staffing = ProducedEvents.example("talent.StaffingChanged");
		staffing.put("contractId", this.contractId);
		staffing.remove("projectId");
		this.events.send(Topics.TALENT, ProducedEvents.event("talent.StaffingChanged", this.contractId, staffing));
		Map<String, Object> progress = ProducedEvents.example("procurement.ProgressReported");
		progress.put("contractId", this.contractId);
		this.events.send(Topics.PROCUREMENT,
				ProducedEvents.event("procurement.ProgressReported", this.contractId, progress));
		return satisfaction;
	}

	/**
	 * The figures sent, and waited for until all six of the contract's latest figures are
	 * recorded.
	 * @return the satisfaction event, whose id the figure it becomes cites
	 */
	public EventEnvelope figuresArrive() throws IOException {
		EventEnvelope satisfaction = figuresSent();
		await().atMost(Duration.ofSeconds(30)).until(() -> this.latest.forContract(this.contractId).size() == 6);
		return satisfaction;
	}

	/**
	 * The test's template, autowired in tests as {@code KafkaTemplate<String, String>}.
	 */
	@SuppressWarnings("unchecked")
	private static KafkaTemplate<String, String> stringTemplate(ApplicationContext context) {
		return context.getBean(KafkaTemplate.class);
	}

}
