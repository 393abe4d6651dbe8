package cn.shegong.procurement.contract.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import cn.shegong.platform.outbox.PendingEvent;
import cn.shegong.platform.problem.ProblemException;
import cn.shegong.platform.security.Caller;
import cn.shegong.procurement.access.Jurisdiction;
import cn.shegong.procurement.bidding.model.Bid;
import cn.shegong.procurement.bidding.persistence.BidStore;
import cn.shegong.procurement.contract.model.AgreedTerms;
import cn.shegong.procurement.contract.model.Contract;
import cn.shegong.procurement.money.model.Money;
import cn.shegong.procurement.tender.model.TenderRules;
import cn.shegong.procurement.contract.model.ContractParties;
import cn.shegong.procurement.contract.model.ContractSigned;
import cn.shegong.procurement.contract.model.ContractStatus;
import cn.shegong.procurement.contract.persistence.ContractStore;
import cn.shegong.procurement.contract.persistence.ContractStore.Versioned;
import cn.shegong.procurement.delivery.model.ContractMilestone;
import cn.shegong.procurement.payment.model.PayoutPolicy;
import cn.shegong.procurement.project.model.Project;
import cn.shegong.procurement.project.model.Project.ProjectDefinition;
import cn.shegong.procurement.project.persistence.ProjectStore;
import cn.shegong.procurement.tender.model.Tender;
import cn.shegong.procurement.tender.model.TenderStatus;
import cn.shegong.procurement.tender.persistence.TenderStore;

/**
 * Drawing up a contract from an award, agreeing how grades pay, and signing it; reading
 * it as a party and as the public. Every change leaves an entry in the audit trail.
 */
@Service
public class ContractUseCases {

	private static final Logger log = LoggerFactory.getLogger(ContractUseCases.class);

	private final ContractStore store;

	private final ContractAccess access;

	private final TenderStore tenders;

	private final BidStore bids;

	private final ProjectStore projects;

	private final ContractEvents events;

	private final ContractAudit audit;

	private final TenderFollowsContract tenderFollows;

	private final PayoutPolicy cityPayoutPolicy;

	private final TenderRules tenderRules;

	private final Clock clock;

	/**
	 * @param cityPayoutPolicy how grades pay under the city's rules, the start of every
	 * draft
	 */
	ContractUseCases(ContractStore store, ContractAccess access, TenderStore tenders, BidStore bids,
			ProjectStore projects, ContractEvents events, ContractAudit audit, TenderFollowsContract tenderFollows,
			PayoutPolicy cityPayoutPolicy, TenderRules tenderRules, Clock clock) {
		this.store = store;
		this.access = access;
		this.tenders = tenders;
		this.bids = bids;
		this.projects = projects;
		this.events = events;
		this.audit = audit;
		this.tenderFollows = tenderFollows;
		this.cityPayoutPolicy = cityPayoutPolicy;
		this.tenderRules = tenderRules;
		this.clock = clock;
	}

	/**
	 * A draft contract for an awarded tender that has none yet: with the awarded agency,
	 * at its winning bid's price, on the project's terms, paying by the city's payout
	 * policy until the buyer agrees another.
	 */
	public Versioned drawUp(Caller caller, String tenderId, String notes) {
		Tender tender = awardedTender(caller, tenderId);
		this.store.findByTender(tenderId).ifPresent((existing) -> {
			throw ProblemException.conflict("contract-already-exists",
					"Tender " + tenderId + " already has contract " + existing.contract().id(), tenderId,
					existing.contract().id());
		});
		String agencyId = tender.proposedAgencyId()
			.orElseThrow(() -> new IllegalStateException("awarded tender " + tenderId + " names no agency"));
		Bid winningBid = this.bids.findByAgency(tenderId, agencyId)
			.map(BidStore.Versioned::bid)
			.filter(Bid::isStanding)
			.orElseThrow(() -> ProblemException.conflict("winning-bid-not-found",
					"Tender " + tenderId + " was awarded to " + agencyId + ", whose standing bid is not found",
					tenderId, agencyId));
		Project project = this.projects.find(tender.projectId())
			.map(ProjectStore.Versioned::project)
			.orElseThrow(() -> new IllegalStateException("tender " + tenderId + " has no project"));
		Contract contract = Contract.drawUp("ctr-" + UUID.randomUUID(), partiesOf(tender, project, agencyId),
				termsOf(project.definition(), winningBid), this.cityPayoutPolicy,
				project.milestones().stream().map(ContractMilestone::of).toList(), notes);
		long version = this.store.insert(contract);
		this.audit.contractChanged(caller.username(), contract, "draw-up", Map.of(),
				"from the award of tender " + tenderId + " to " + agencyId);
		return new Versioned(contract, version);
	}

	public Versioned read(Caller caller, String id) {
		return this.access.readable(caller, id);
	}

	public Versioned changePayoutPolicy(Caller caller, String id, PayoutPolicy policy, long version) {
		Versioned found = this.access.changeable(caller, id, version);
		Contract contract = found.contract();
		Map<String, Object> before = ContractAudit.snapshot(contract);
		contract.changePayoutPolicy(policy);
		long saved = this.store.save(contract, version, List.of());
		this.audit.contractChanged(caller.username(), contract, "change-payout-policy", before, null);
		return new Versioned(contract, saved);
	}

	/**
	 * Agrees a single-source add-on with the contracted agency, within the city's share
	 * of the original price.
	 */
	public Versioned addOn(Caller caller, String id, Money amount, String reason, long version) {
		Versioned found = this.access.changeable(caller, id, version);
		Contract contract = found.contract();
		Map<String, Object> before = ContractAudit.snapshot(contract);
		contract.addOn("addon-" + UUID.randomUUID(), amount, reason, today(), caller.username(), this.tenderRules);
		long saved = this.store.save(contract, version, List.of());
		this.audit.contractChanged(caller.username(), contract, "add-on", before, reason);
		return new Versioned(contract, saved);
	}

	/**
	 * Ends a running contract with its reason; the tender follows to terminated.
	 */
	public Versioned terminate(Caller caller, String id, String reason, long version) {
		Versioned found = this.access.changeable(caller, id, version);
		Contract contract = found.contract();
		Map<String, Object> before = ContractAudit.snapshot(contract);
		contract.terminate(reason, today(), caller.username());
		long saved = this.store.save(contract, version, List.of());
		this.audit.contractChanged(caller.username(), contract, "terminate", before, reason);
		followedByTender(contract, caller.username());
		return new Versioned(contract, saved);
	}

	/**
	 * Signs the draft: the contract and its published events (ContractAwarded, the
	 * signing tranche's PaymentReleased) are stored in one write; the tender follows.
	 */
	public Versioned sign(Caller caller, String id, long version) {
		Versioned found = this.access.changeable(caller, id, version);
		Contract contract = found.contract();
		Map<String, Object> before = ContractAudit.snapshot(contract);
		ContractSigned signed = contract.sign(caller.username(), today());
		// Checked after the contract's own rule, before anything is written.
		requireTenderAwarded(contract);
		List<PendingEvent> published = new ArrayList<>();
		published.add(this.events.awarded(contract));
		signed.signingPayment().ifPresent((payment) -> published.addAll(this.events.payment(contract, payment)));
		long saved = this.store.save(contract, version, published);
		this.audit.contractChanged(caller.username(), contract, "sign", before, null);
		signed.signingPayment().ifPresent((payment) -> this.audit.paymentDecided(caller.username(), contract, payment));
		followedByTender(contract, caller.username());
		return new Versioned(contract, saved);
	}

	/** A signed or completed contract, as anyone may read it. */
	public Contract readPublic(String id) {
		return this.store.find(id)
			.map(Versioned::contract)
			.filter((contract) -> contract.status().isPublic())
			.orElseThrow(() -> ContractAccess.notFound(id));
	}

	public List<Contract> listPublic() {
		return this.store.inStatus(ContractStatus.SIGNED, ContractStatus.COMPLETED, ContractStatus.TERMINATED);
	}

	private Tender awardedTender(Caller caller, String tenderId) {
		Tender tender = this.tenders.find(tenderId)
			.map(TenderStore.Versioned::tender)
			.filter((found) -> Jurisdiction.mayRead(caller, found.buyerRegion()))
			.orElseThrow(() -> ProblemException.notFound("tender-not-found",
					"No tender " + tenderId + " that you may see", tenderId));
		if (!Jurisdiction.mayChange(caller, tender.buyerRegion())) {
			throw ProblemException.forbidden("not-your-region", "Only a procurement officer of region "
					+ tender.buyerRegion() + " may contract for tender " + tenderId);
		}
		if (tender.status() != TenderStatus.AWARDED) {
			throw ProblemException.conflict("tender-not-awarded",
					"Tender " + tenderId + " is " + tender.status() + "; a contract follows only a final award",
					tenderId, tender.status());
		}
		return tender;
	}

	private void requireTenderAwarded(Contract contract) {
		String tenderId = contract.parties().tenderId();
		TenderStatus status = this.tenders.find(tenderId)
			.map((found) -> found.tender().status())
			.orElseThrow(() -> new IllegalStateException("contract " + contract.id() + " has no tender " + tenderId));
		if (status != TenderStatus.AWARDED) {
			throw ProblemException.conflict("tender-not-awarded",
					"Tender " + tenderId + " is " + status + "; a contract is signed only on a final award", tenderId,
					status);
		}
	}

	/**
	 * The contract is signed whatever happens to the tender's own write; a move that
	 * failed here is made by the next scheduled run.
	 */
	private void followedByTender(Contract contract, String actor) {
		try {
			this.tenderFollows.catchUp(contract, actor);
		}
		catch (RuntimeException ex) {
			log.warn("Tender {} did not follow signed contract {} yet; the scheduled run will: {}",
					contract.parties().tenderId(), contract.id(), ex.getMessage());
		}
	}

	private static ContractParties partiesOf(Tender tender, Project project, String agencyId) {
		ProjectDefinition d = project.definition();
		return new ContractParties(tender.id(), project.id(), d.buyerId(), tender.buyerRegion(), agencyId, d.title());
	}

	private static AgreedTerms termsOf(ProjectDefinition d, Bid winningBid) {
		return new AgreedTerms(winningBid.price(), d.term(), d.paymentSchedule(), d.targets(), d.staffingRequirement());
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), TenderStore.BUYER_ZONE);
	}

}
