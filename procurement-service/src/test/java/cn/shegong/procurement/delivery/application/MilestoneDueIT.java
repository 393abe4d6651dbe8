package cn.shegong.procurement.delivery.application;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.outbox.OutboxRelay;
import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.procurement.Concurrently;
import cn.shegong.procurement.ContractSteps;
import cn.shegong.procurement.ContractSteps.Awarded;
import cn.shegong.procurement.PublishedEvents;
import cn.shegong.platform.clock.MovableClock;
import cn.shegong.platform.clock.TestClockAutoConfiguration;
import cn.shegong.procurement.contract.application.TenderFollowsContract;
import cn.shegong.procurement.contract.model.Contract;
import cn.shegong.procurement.contract.persistence.ContractStore;
import cn.shegong.procurement.delivery.model.ContractMilestone;
import cn.shegong.procurement.delivery.model.MilestoneStatus;
import cn.shegong.procurement.event.ProcurementEvents;
import cn.shegong.procurement.project.model.MilestoneType;
import cn.shegong.procurement.tender.model.TenderStatus;
import cn.shegong.procurement.tender.persistence.TenderStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time passes on the test clock; the scheduled checks are run by hand, several at once,
 * as several instances would run them.
 */
@ServiceIntegrationTest
@ActiveProfiles(TestClockAutoConfiguration.PROFILE)
class MilestoneDueIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	MovableClock clock;

	@Autowired
	MilestoneDueCheck milestoneDueCheck;

	@Autowired
	TenderFollowsContract tenderFollows;

	@Autowired
	ContractStore contracts;

	@Autowired
	TenderStore tenders;

	@Autowired
	EmbeddedKafkaBroker broker;

	@Autowired
	OutboxRelay relay;

	private Awarded awarded;

	private String contractId;

	@BeforeEach
	void aContractSignedTheDayBeforeItsTermStarts() throws Exception {
		LocalDate tomorrow = today().plusDays(1);
		ContractSteps steps = new ContractSteps(this.mvc, this.context);
		this.awarded = steps.awardedTender(tomorrow, tomorrow.plusYears(1).minusDays(1));
		this.contractId = steps.signedContract(this.awarded);
	}

	@Test
	void theTenderGoesIntoServiceWhenTheTermStartsByTheClock() {
		assertThat(tenderStatus()).isEqualTo(TenderStatus.CONTRACT_SIGNED);
		this.tenderFollows.runOnce();
		assertThat(tenderStatus()).isEqualTo(TenderStatus.CONTRACT_SIGNED);

		this.clock.advance(Duration.ofDays(1));
		this.tenderFollows.runOnce();

		assertThat(tenderStatus()).isEqualTo(TenderStatus.IN_SERVICE);
	}

	@Test
	void nothingIsDueBeforeItsDay() {
		this.milestoneDueCheck.runOnce();

		assertThat(contract().milestones()).extracting(ContractMilestone::status)
			.containsOnly(MilestoneStatus.SCHEDULED);
	}

	@Test
	void eachMilestoneWhoseDayHasComeIsMarkedDueAndAnnouncedExactlyOnceHoweverManyChecksRun() throws Exception {
		ContractMilestone midTerm = contract().milestones()
			.stream()
			.filter((m) -> m.type() == MilestoneType.MID_TERM)
			.findFirst()
			.orElseThrow();
		moveClockTo(midTerm.dueOn());

		List<Integer> marked = Concurrently.run(4, this.milestoneDueCheck::runOnce);
		this.milestoneDueCheck.runOnce();

		List<ContractMilestone> due = contract().milestones()
			.stream()
			.filter((m) -> m.status() == MilestoneStatus.DUE)
			.toList();
		assertThat(due).extracting(ContractMilestone::milestoneId).contains(midTerm.milestoneId());
		assertThat(due).allSatisfy((m) -> assertThat(m.dueOn()).isBeforeOrEqualTo(midTerm.dueOn()));
		assertThat(contract().milestone("final").orElseThrow().status()).isEqualTo(MilestoneStatus.SCHEDULED);
		assertThat(marked.stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(due.size());
		List<EventEnvelope> announced = new PublishedEvents(this.broker.getBrokersAsString(), this.relay)
			.about(this.contractId, ProcurementEvents.MILESTONE_DUE);
		assertThat(announced).hasSize(due.size());
		assertThat(announced).extracting((event) -> event.data().get("milestoneId"))
			.containsExactlyInAnyOrderElementsOf(due.stream().map(ContractMilestone::milestoneId).toList());
		assertThat(announced).allSatisfy((event) -> assertThat(PublishedEvents.violations(event)).isEmpty());
		assertThat(announced.get(0).data()).containsEntry("agencyId", this.awarded.agencyId());
	}

	/**
	 * Early morning in Shanghai on the day, whatever the day of the machine running the
	 * test.
	 */
	private void moveClockTo(LocalDate day) {
		Duration ahead = Duration.between(this.clock.instant(),
				day.atTime(6, 0).atZone(TenderStore.BUYER_ZONE).toInstant());
		if (!ahead.isNegative()) {
			this.clock.advance(ahead);
		}
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), TenderStore.BUYER_ZONE);
	}

	private Contract contract() {
		return this.contracts.find(this.contractId).orElseThrow().contract();
	}

	private TenderStatus tenderStatus() {
		return this.tenders.find(this.awarded.tenderId()).orElseThrow().tender().status();
	}

}
