package cn.shegong.procurement.bidding.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import cn.shegong.platform.outbox.Outbox;
import cn.shegong.platform.problem.ProblemException;
import cn.shegong.platform.security.Caller;
import cn.shegong.procurement.access.Jurisdiction;
import cn.shegong.procurement.audit.AuditLog;
import cn.shegong.procurement.audit.model.AuditEntry.AuditedObject;
import cn.shegong.procurement.bidding.model.Bid;
import cn.shegong.procurement.bidding.model.BidChange;
import cn.shegong.procurement.bidding.model.BidEligibilityOfPlan;
import cn.shegong.procurement.bidding.model.BidTerms;
import cn.shegong.procurement.bidding.model.BiddingDeadline;
import cn.shegong.procurement.bidding.persistence.BidStore;
import cn.shegong.procurement.bidding.persistence.BidStore.Versioned;
import cn.shegong.procurement.budget.model.BudgetRules;
import cn.shegong.procurement.budget.model.SalaryFloor;
import cn.shegong.procurement.event.ProcurementEvents;
import cn.shegong.procurement.money.model.Money;
import cn.shegong.procurement.project.persistence.ProjectStore;
import cn.shegong.procurement.registry.application.AgencyRegistry;
import cn.shegong.procurement.staffing.model.StaffingRequirement;
import cn.shegong.procurement.tender.model.Tender;
import cn.shegong.procurement.tender.model.TenderStatus;
import cn.shegong.procurement.tender.persistence.TenderStore;

/**
 * Agencies submit, amend and withdraw their bids on published tenders; the buyer's
 * officers read all bids of a tender. An agency only ever sees its own bid. Eligibility
 * is checked on every submission and amendment, against the staffing requirement of the
 * tender's own project. Every change leaves an entry in the audit trail.
 */
@Service
public class BiddingUseCases {

	private final BidStore store;

	private final TenderStore tenders;

	private final ProjectStore projects;

	private final AgencyRegistry registry;

	private final AuditLog auditLog;

	private final Outbox outbox;

	private final Clock clock;

	private final Money salaryFloor;

	BiddingUseCases(BidStore store, TenderStore tenders, ProjectStore projects, AgencyRegistry registry,
			AuditLog auditLog, Outbox outbox, Clock clock, BudgetRules budgetRules,
			@Value("${shegong.procurement.local-average-monthly-wage-yuan:8000.00}") String localAverageMonthlyWage) {
		this.store = store;
		this.tenders = tenders;
		this.projects = projects;
		this.registry = registry;
		this.auditLog = auditLog;
		this.outbox = outbox;
		this.clock = clock;
		this.salaryFloor = SalaryFloor.of(Money.ofYuan(localAverageMonthlyWage), budgetRules).minimumMonthlySalary();
	}

	public Versioned submit(Caller caller, String tenderId, BidTerms terms) {
		String agencyId = agencyOf(caller);
		Tender tender = openTender(tenderId);
		Instant now = now();
		BidChange change = Bid.submit("bid-" + UUID.randomUUID(), tenderId, agencyId, terms, deadlineOf(tender), now);
		requireEligible(agencyId, tender, terms, now);
		long version = this.store.insert(change.bid(), List.of(this.outbox.pending(ProcurementEvents.BID_SUBMITTED,
				change.bid().id(), BidSubmittedData.of(change.bid()))));
		audit(caller, change.bid(), "submit", Map.of(), null);
		return new Versioned(change.bid(), version);
	}

	/**
	 * Replaces the terms of the caller's bid before the deadline, checked as a new
	 * submission would be: a ban that started since, or a plan that no longer meets the
	 * project, is refused.
	 */
	public Versioned amend(Caller caller, String tenderId, BidTerms terms, long version) {
		String agencyId = agencyOf(caller);
		Versioned found = requireVersion(mine(caller, tenderId), version);
		Tender tender = openTender(tenderId);
		Instant now = now();
		Map<String, Object> before = snapshot(found.bid());
		BidChange change = found.bid().amend(agencyId, terms, deadlineOf(tender), now);
		requireEligible(agencyId, tender, terms, now);
		long saved = this.store.save(change.bid(), version);
		audit(caller, change.bid(), "amend", before, null);
		return new Versioned(change.bid(), saved);
	}

	/**
	 * Now to the millisecond, as the store keeps it, so that what a response or an event
	 * says matches what a later read returns.
	 */
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	private void requireEligible(String agencyId, Tender tender, BidTerms terms, Instant now) {
		this.registry.requireMayBid(agencyId, LocalDate.ofInstant(now, TenderStore.BUYER_ZONE));
		new BidEligibilityOfPlan(staffingRequirementOf(tender)).check(terms.staffingPlan(), this.salaryFloor);
	}

	private StaffingRequirement staffingRequirementOf(Tender tender) {
		return this.projects.find(tender.projectId())
			.map((found) -> found.project().definition().staffingRequirement())
			.orElseThrow(() -> new IllegalStateException(
					"tender " + tender.id() + " names project " + tender.projectId() + ", which is not stored"));
	}

	/** The bids still in the competition, for scoring; first submitted first. */
	public List<Bid> standingBids(String tenderId) {
		return this.store.forTender(tenderId).stream().map(Versioned::bid).filter(Bid::isStanding).toList();
	}

	public Versioned mine(Caller caller, String tenderId) {
		return this.store.findByAgency(tenderId, agencyOf(caller))
			.orElseThrow(() -> ProblemException.notFound("bid-not-found",
					"Your agency has no bid on tender " + tenderId, tenderId));
	}

	/** All bids on a tender, for the officers of the buyer's region. */
	public List<Versioned> all(Caller caller, String tenderId) {
		this.tenders.find(tenderId)
			.map(TenderStore.Versioned::tender)
			.filter((tender) -> Jurisdiction.mayRead(caller, tender.buyerRegion()))
			.orElseThrow(() -> tenderNotFound(tenderId));
		return this.store.forTender(tenderId);
	}

	public Versioned withdraw(Caller caller, String tenderId, long version) {
		Versioned found = requireVersion(mine(caller, tenderId), version);
		Tender tender = this.tenders.find(tenderId)
			.map(TenderStore.Versioned::tender)
			.orElseThrow(() -> tenderNotFound(tenderId));
		Map<String, Object> before = snapshot(found.bid());
		BidChange change = found.bid().withdraw(agencyOf(caller), deadlineOf(tender), now());
		long saved = this.store.save(change.bid(), version);
		audit(caller, change.bid(), "withdraw", before, null);
		return new Versioned(change.bid(), saved);
	}

	private static Versioned requireVersion(Versioned found, long version) {
		if (found.version() != version) {
			throw new OptimisticLockingFailureException("bid " + found.bid().id() + " is at version " + found.version()
					+ ", the change was made on " + version);
		}
		return found;
	}

	/**
	 * A tender that takes bids. One never published is as good as absent to an agency.
	 */
	private Tender openTender(String tenderId) {
		Tender tender = this.tenders.find(tenderId)
			.map(TenderStore.Versioned::tender)
			.filter((found) -> found.publishedAt().isPresent())
			.orElseThrow(() -> tenderNotFound(tenderId));
		if (tender.status() != TenderStatus.PUBLISHED) {
			throw ProblemException.conflict("tender-not-open-for-bids",
					"Tender " + tenderId + " is " + tender.status() + "; only a published tender takes bids", tenderId,
					tender.status());
		}
		return tender;
	}

	private static BiddingDeadline deadlineOf(Tender tender) {
		return new BiddingDeadline(tender.biddingDeadline()
			.orElseThrow(() -> new IllegalStateException("published tender " + tender.id() + " has no deadline")));
	}

	private static String agencyOf(Caller caller) {
		return caller.agencyId()
			.orElseThrow(() -> ProblemException.forbidden("caller-without-agency",
					"Your account names no agency, so it cannot bid or see bids"));
	}

	private void audit(Caller caller, Bid bid, String action, Map<String, Object> before, String reason) {
		this.auditLog.record(new AuditedObject(AuditedObject.Kind.BID, bid.id()), caller.username(), action, before,
				snapshot(bid), reason);
	}

	private static Map<String, Object> snapshot(Bid bid) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("status", bid.status());
		fields.put("priceYuan", bid.price().yuan().toPlainString());
		fields.put("lastChangedAt", bid.lastChangedAt());
		return fields;
	}

	private static ProblemException tenderNotFound(String tenderId) {
		return ProblemException.notFound("tender-not-found", "No tender " + tenderId + " that you may bid on or see",
				tenderId);
	}

}
