package cn.shegong.evaluation.contract.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Evaluation's copy of an awarded contract: who delivers what, where and when, the
 * milestones to evaluate at, and the staffing and targets the evaluation checks against.
 * Procurement owns the contract; this copy changes only when its events say so.
 *
 * @param targets as procurement awarded them, by name: rates in basis points, volumes as
 * counts over the whole term, and any text target a city adds
 * @param buyerId the buyer (购买主体) of the contract's project, {@code null} until its
 * {@code ProjectPublished} is known: the award does not carry it
 */
public record Contract(String contractId, String projectId, String tenderId, String agencyId, String regionCode,
		ContractTerm term, List<ContractMilestone> milestones, StaffingRequirement staffingRequirement,
		Map<String, Object> targets, String buyerId) {

	/** A contract whose buyer is not known yet. */
	public Contract(String contractId, String projectId, String tenderId, String agencyId, String regionCode,
			ContractTerm term, List<ContractMilestone> milestones, StaffingRequirement staffingRequirement,
			Map<String, Object> targets) {
		this(contractId, projectId, tenderId, agencyId, regionCode, term, milestones, staffingRequirement, targets,
				null);
	}

	public Contract {
		Objects.requireNonNull(contractId, "contractId");
		Objects.requireNonNull(projectId, "projectId");
		Objects.requireNonNull(agencyId, "agencyId");
		Objects.requireNonNull(regionCode, "regionCode");
		Objects.requireNonNull(term, "term");
		milestones = List.copyOf(milestones);
		targets = Collections.unmodifiableMap(new LinkedHashMap<>(targets));
	}

	/**
	 * The same contract awarded again (a redelivered award): the award's fields win, and
	 * what this copy already knows of each milestone's due date and of its buyer is kept.
	 */
	public Contract reawarded(Contract award) {
		List<ContractMilestone> merged = new ArrayList<>();
		for (ContractMilestone awarded : award.milestones) {
			merged.add(milestone(awarded.milestoneId()).filter(ContractMilestone::due).orElse(awarded));
		}
		this.milestones.stream().filter((known) -> award.milestone(known.milestoneId()).isEmpty()).forEach(merged::add);
		Contract reawarded = award.withMilestones(merged);
		return (award.buyerId == null && this.buyerId != null) ? reawarded.boughtBy(this.buyerId) : reawarded;
	}

	/** This contract bought by the buyer its project was published by. */
	public Contract boughtBy(String buyer) {
		Objects.requireNonNull(buyer, "buyer");
		return new Contract(this.contractId, this.projectId, this.tenderId, this.agencyId, this.regionCode, this.term,
				this.milestones, this.staffingRequirement, this.targets, buyer);
	}

	/** Whether the given buyer is known to buy this contract. */
	public boolean isBoughtBy(String buyer) {
		return buyer != null && buyer.equals(this.buyerId);
	}

	/**
	 * The milestone procurement says fell due, on the day and of the type it says; a
	 * milestone the award did not list is added. Marking a due milestone again changes
	 * nothing.
	 */
	public Contract milestoneFellDue(String milestoneId, MilestoneType type, LocalDate dueOn) {
		List<ContractMilestone> changed = new ArrayList<>();
		boolean found = false;
		for (ContractMilestone milestone : this.milestones) {
			if (milestone.milestoneId().equals(milestoneId)) {
				changed.add(milestone.due() ? milestone : milestone.fellDue(type, dueOn));
				found = true;
			}
			else {
				changed.add(milestone);
			}
		}
		if (!found) {
			changed.add(ContractMilestone.scheduled(milestoneId, type, dueOn).fellDue(type, dueOn));
		}
		return withMilestones(changed);
	}

	/** Milestones that fell due and were not announced yet, as announcements. */
	public List<MilestoneFellDue> unannounced() {
		return this.milestones.stream()
			.filter(ContractMilestone::awaitsAnnouncement)
			.map((milestone) -> milestone.announcement(this.contractId))
			.toList();
	}

	/** This contract with every due milestone marked as announced. */
	public Contract announced() {
		return withMilestones(this.milestones.stream()
			.map((milestone) -> milestone.due() ? milestone.markedAnnounced() : milestone)
			.toList());
	}

	public Optional<ContractMilestone> milestone(String milestoneId) {
		return this.milestones.stream().filter((milestone) -> milestone.milestoneId().equals(milestoneId)).findFirst();
	}

	/** A whole-number target by name, if the contract sets one. */
	public Optional<Long> numericTarget(String name) {
		return (this.targets.get(name) instanceof Number number) ? Optional.of(number.longValue()) : Optional.empty();
	}

	private Contract withMilestones(List<ContractMilestone> changed) {
		return new Contract(this.contractId, this.projectId, this.tenderId, this.agencyId, this.regionCode, this.term,
				changed, this.staffingRequirement, this.targets, this.buyerId);
	}

}
