package cn.shegong.evaluation.contract.application;

import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import cn.shegong.evaluation.contract.model.Contract;
import cn.shegong.evaluation.contract.model.ContractCopied;
import cn.shegong.evaluation.contract.model.ContractMilestone;
import cn.shegong.evaluation.contract.model.ContractTerm;
import cn.shegong.evaluation.contract.model.MilestoneFellDue;
import cn.shegong.evaluation.contract.model.MilestoneType;
import cn.shegong.evaluation.contract.model.StaffingRequirement;
import cn.shegong.evaluation.contract.persistence.Contracts;
import cn.shegong.evaluation.contract.persistence.Contracts.PendingDue;
import cn.shegong.evaluation.contract.persistence.Contracts.Versioned;
import cn.shegong.evaluation.event.ContractAwarded;
import cn.shegong.evaluation.event.MilestoneDue;
import cn.shegong.evaluation.event.ProjectPublished;

/**
 * Keeps evaluation's copy of each awarded contract, announces the stored copy as a
 * {@link ContractCopied} application event, and each milestone that fell due as a
 * {@link MilestoneFellDue} one, after the copy recording it is stored.
 *
 * <p>
 * Procurement keys both events by contract, so a due milestone normally follows its
 * award. Should one come first (a replayed or re-partitioned topic), it is held in
 * {@code pending_milestone_dues} and applied when the award arrives, rather than failed
 * into retry: retries end in the dead-letter topic, and a lost due date would lose an
 * evaluation.
 *
 * <p>
 * The award does not name the buyer; the project's {@code ProjectPublished} does, and
 * either may come first (they are keyed by different ids). The buyer is remembered per
 * project and attached to the project's contracts whichever arrives second. Each side
 * writes before it reads the other's write, so when both run at once at least one of them
 * sees the other.
 */
@Service
public class ContractCopies {

	private final Contracts contracts;

	private final ApplicationEventPublisher events;

	ContractCopies(Contracts contracts, ApplicationEventPublisher events) {
		this.contracts = contracts;
		this.events = events;
	}

	public void awarded(ContractAwarded award) {
		Contract awarded = toContract(award);
		Optional<Versioned> known = this.contracts.find(award.contractId());
		Contract contract = known.map((stored) -> stored.contract().reawarded(awarded)).orElse(awarded);
		for (PendingDue held : this.contracts.heldDues(award.contractId())) {
			contract = contract.milestoneFellDue(held.milestoneId(), held.type(), held.dueOn());
		}
		Optional<String> buyer = this.contracts.buyerOf(award.projectId());
		if (buyer.isPresent()) {
			contract = contract.boughtBy(buyer.get());
		}
		Versioned saved = this.contracts.save(contract, known.map(Versioned::version).orElse(null));
		if (saved.contract().buyerId() == null) {
			saved = attachBuyer(saved, this.contracts.buyerOf(award.projectId()));
		}
		this.contracts.releaseDues(award.contractId());
		this.events.publishEvent(new ContractCopied(saved.contract()));
		announce(saved);
	}

	public void milestoneDue(MilestoneDue due) {
		MilestoneType type = MilestoneType.valueOf(due.type());
		Optional<Versioned> known = this.contracts.find(due.contractId());
		if (known.isEmpty()) {
			this.contracts.holdDue(new PendingDue(due.contractId(), due.milestoneId(), type, due.dueOn()));
			return;
		}
		Contract marked = known.get().contract().milestoneFellDue(due.milestoneId(), type, due.dueOn());
		announce(this.contracts.save(marked, known.get().version()));
	}

	public void projectPublished(ProjectPublished published) {
		this.contracts.rememberBuyer(published.projectId(), published.buyerId(), published.regionCode());
		this.contracts.ofProject(published.projectId())
			.forEach((stored) -> attachBuyer(stored, Optional.of(published.buyerId())));
	}

	/** The ids of the contracts the buyer is known to buy. */
	public List<String> idsBoughtBy(String buyerId) {
		return this.contracts.idsBoughtBy(buyerId);
	}

	public Optional<Contract> find(String contractId) {
		return this.contracts.find(contractId).map(Versioned::contract);
	}

	public List<Contract> inRegion(String regionCode) {
		return this.contracts.inRegion(regionCode);
	}

	public List<String> regionCodes() {
		return this.contracts.regionCodes();
	}

	/**
	 * Publishes before marking as announced, so a crash in between announces again rather
	 * than never.
	 */
	private void announce(Versioned stored) {
		if (stored.contract().unannounced().isEmpty()) {
			return;
		}
		stored.contract().unannounced().forEach(this.events::publishEvent);
		this.contracts.save(stored.contract().announced(), stored.version());
	}

	private Versioned attachBuyer(Versioned stored, Optional<String> buyer) {
		if (buyer.isEmpty() || stored.contract().isBoughtBy(buyer.get())) {
			return stored;
		}
		return this.contracts.save(stored.contract().boughtBy(buyer.get()), stored.version());
	}

	private static Contract toContract(ContractAwarded award) {
		ContractAwarded.Staffing staffing = award.staffingRequirement();
		return new Contract(award.contractId(), award.projectId(), award.tenderId(), award.agencyId(),
				award.regionCode(), new ContractTerm(award.termFrom(), award.termTo()),
				award.milestones()
					.stream()
					.map((milestone) -> ContractMilestone.scheduled(milestone.milestoneId(),
							MilestoneType.valueOf(milestone.type()), milestone.dueOn()))
					.toList(),
				(staffing != null) ? new StaffingRequirement(staffing.minimumStaff(), staffing.minimumCertified(),
						staffing.certifiedRatioNumerator(), staffing.certifiedRatioDenominator(),
						staffing.workersPerSupervisor()) : null,
				award.targets());
	}

}
