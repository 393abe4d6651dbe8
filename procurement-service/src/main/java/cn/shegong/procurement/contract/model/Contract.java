package cn.shegong.procurement.contract.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.procurement.money.model.Money;
import cn.shegong.procurement.tender.model.SingleSourceAddOn;
import cn.shegong.procurement.tender.model.TenderRules;
import cn.shegong.procurement.delivery.model.ContractMilestone;
import cn.shegong.procurement.payment.model.PaymentLedger;
import cn.shegong.procurement.payment.model.PaymentRecord;
import cn.shegong.procurement.payment.model.PayoutPolicy;
import cn.shegong.procurement.payment.model.TrancheAmount;
import cn.shegong.procurement.payment.model.TrancheTrigger;
import cn.shegong.procurement.project.model.MilestoneType;

/**
 * A service contract (合同) drawn up from an award: the parties, the terms the award fixed,
 * how grades pay, its milestones and every payment decided under it. A draft is signed
 * once; each finalized evaluation is taken into account once, judging its milestone and
 * deciding its tranche; the final one completes the contract.
 * <p>
 * Mutable with explicit commands, like {@code Agency}: the application layer loads it,
 * runs one command and stores it with the events the command caused in one document
 * write.
 */
public final class Contract {

	private final String id;

	private final ContractParties parties;

	private final AgreedTerms terms;

	private PayoutPolicy payoutPolicy;

	private final List<ContractMilestone> milestones;

	private final PaymentLedger payments;

	private final List<AppliedEvaluation> evaluations;

	private ContractStatus status;

	private Signing signing;

	private final String notes;

	private final List<AddOn> addOns = new ArrayList<>();

	private Termination termination;

	/** Restores a contract as stored; {@code signing} and {@code notes} may be null. */
	public Contract(String id, ContractParties parties, AgreedTerms terms, PayoutPolicy payoutPolicy,
			List<ContractMilestone> milestones, PaymentLedger payments, List<AppliedEvaluation> evaluations,
			ContractStatus status, Signing signing, String notes) {
		this(id, parties, terms, payoutPolicy, milestones, payments, evaluations, status, signing, notes, List.of());
	}

	/** Restores a contract as stored, with the add-ons agreed since it was signed. */
	public Contract(String id, ContractParties parties, AgreedTerms terms, PayoutPolicy payoutPolicy,
			List<ContractMilestone> milestones, PaymentLedger payments, List<AppliedEvaluation> evaluations,
			ContractStatus status, Signing signing, String notes, List<AddOn> addOns) {
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException("a contract has an id");
		}
		this.id = id;
		this.parties = Objects.requireNonNull(parties, "parties");
		this.terms = Objects.requireNonNull(terms, "terms");
		this.payoutPolicy = Objects.requireNonNull(payoutPolicy, "payoutPolicy");
		this.milestones = new ArrayList<>(milestones);
		this.payments = Objects.requireNonNull(payments, "payments");
		this.evaluations = new ArrayList<>(evaluations);
		this.status = Objects.requireNonNull(status, "status");
		this.signing = signing;
		this.notes = notes;
		this.addOns.addAll(addOns);
	}

	/**
	 * A draft from an award: grades pay by the given policy (the city's) until the buyer
	 * agrees the contract's own, and every milestone is scheduled.
	 */
	public static Contract drawUp(String id, ContractParties parties, AgreedTerms terms, PayoutPolicy payoutPolicy,
			List<ContractMilestone> milestones, String notes) {
		return new Contract(id, parties, terms, payoutPolicy, milestones, PaymentLedger.empty(), List.of(),
				ContractStatus.DRAFT, null, notes);
	}

	/** How grades pay under this contract; agreed before it is signed. */
	public void changePayoutPolicy(PayoutPolicy policy) {
		requireDraft("change its payout policy");
		this.payoutPolicy = Objects.requireNonNull(policy, "policy");
	}

	/** Signs the draft for the buyer; the signing tranche is released in full. */
	public ContractSigned sign(String signedBy, LocalDate on) {
		requireDraft("sign it");
		this.signing = new Signing(signedBy, on);
		this.status = ContractStatus.SIGNED;
		Optional<PaymentRecord> paid = this.terms.tranche(TrancheTrigger.ON_SIGNING)
			.map((tranche) -> this.payments.payOnSigning(nextPaymentId(), tranche, this.payoutPolicy, on));
		return new ContractSigned(this.id, this.signing, paid);
	}

	/**
	 * Agrees a single-source add-on (添购) with the contracted agency while the contract
	 * runs. All add-ons together stay within the configured share of the original price
	 * (10% by default [NAT 政府采购法 art 31(3)]); the reason is recorded, as the law asks.
	 */
	public AddOn addOn(String addOnId, Money amount, String reason, LocalDate on, String agreedBy, TenderRules rules) {
		if (this.status != ContractStatus.SIGNED) {
			throw ProblemException.conflict("contract-not-running",
					"contract %s is %s; add-ons are agreed only while a signed contract runs".formatted(this.id,
							this.status),
					this.id, this.status);
		}
		if (reason == null || reason.isBlank()) {
			throw ProblemException.ruleViolated("add-on-reason-required",
					"a single-source add-on to contract %s needs its reason".formatted(this.id), this.id);
		}
		SingleSourceAddOn.check(this.terms.price(), addedOn(), amount, rules);
		AddOn addOn = new AddOn(addOnId, amount, reason, on, agreedBy);
		this.addOns.add(addOn);
		return addOn;
	}

	/**
	 * Ends a running contract before its final grade (合同解除), with its reason; the tender
	 * follows to terminated. Payments already made stay as they are.
	 */
	public Termination terminate(String reason, LocalDate on, String by) {
		if (this.status != ContractStatus.SIGNED) {
			throw ProblemException.conflict("contract-not-running",
					"contract %s is %s; only a signed contract that runs can be terminated".formatted(this.id,
							this.status),
					this.id, this.status);
		}
		if (reason == null || reason.isBlank()) {
			throw ProblemException.ruleViolated("termination-reason-required",
					"terminating contract %s needs a reason".formatted(this.id), this.id);
		}
		this.termination = new Termination(reason, on, by);
		this.status = ContractStatus.TERMINATED;
		return this.termination;
	}

	public Optional<Termination> termination() {
		return Optional.ofNullable(this.termination);
	}

	/** For the store: a terminated contract as it was stored. */
	public void restoreTermination(Termination stored) {
		this.termination = stored;
	}

	/** What the add-ons agreed so far add to the original price. */
	public Money addedOn() {
		return this.addOns.stream().map(AddOn::amount).reduce(Money.ZERO, Money::plus);
	}

	public List<AddOn> addOns() {
		return List.copyOf(this.addOns);
	}

	/**
	 * Milestones whose day has come while the contract runs; each is to be marked due
	 * once.
	 */
	public List<ContractMilestone> milestonesComeDueOn(LocalDate today) {
		if (this.status != ContractStatus.SIGNED) {
			return List.of();
		}
		return this.milestones.stream().filter((milestone) -> milestone.hasComeDueOn(today)).toList();
	}

	public boolean hasApplied(String evaluationId) {
		return this.evaluations.stream().anyMatch((applied) -> applied.evaluationId().equals(evaluationId));
	}

	/**
	 * Takes a finalized evaluation into account: judges its milestone by the grade and
	 * pays the milestone's tranche (or, for a re-evaluation, what that tranche withheld)
	 * as the payout policy says. A re-evaluation of a milestone with nothing withheld (a
	 * correction of a passing grade) judges the milestone again and pays nothing. A final
	 * evaluation completes the contract.
	 */
	public EvaluationApplied applyEvaluation(EvaluationOutcome outcome, LocalDate on) {
		if (this.status == ContractStatus.DRAFT) {
			throw ProblemException.conflict("contract-not-signed",
					"contract %s is not signed; evaluation %s cannot apply to it".formatted(this.id,
							outcome.evaluationId()),
					this.id, outcome.evaluationId());
		}
		if (hasApplied(outcome.evaluationId())) {
			throw ProblemException.conflict("evaluation-already-applied",
					"evaluation %s is already applied to contract %s".formatted(outcome.evaluationId(), this.id),
					outcome.evaluationId(), this.id);
		}
		ContractMilestone milestone = requireMilestone(outcome.milestoneId());
		TrancheTrigger trigger = trancheOf(milestone, outcome);
		if (outcome.kind() != EvaluationKind.RE_EVALUATION && milestone.status().isJudged()) {
			throw ProblemException.conflict("milestone-already-graded",
					"milestone %s of contract %s is already %s; only a re-evaluation grades it again"
						.formatted(milestone.milestoneId(), this.id, milestone.status()),
					milestone.milestoneId(), milestone.status());
		}
		boolean decidesMoney = outcome.kind() != EvaluationKind.RE_EVALUATION || withholds(trigger);
		Optional<PaymentRecord> payment = this.terms.tranche(trigger)
			.filter((tranche) -> decidesMoney)
			.map((tranche) -> pay(tranche, outcome, on));
		ContractMilestone judged = milestone.judged(outcome.grade(), outcome.veto());
		this.milestones.replaceAll((m) -> m.milestoneId().equals(judged.milestoneId()) ? judged : m);
		this.evaluations.add(AppliedEvaluation.of(outcome));
		boolean completes = outcome.kind() == EvaluationKind.FINAL;
		if (completes) {
			this.status = ContractStatus.COMPLETED;
		}
		return new EvaluationApplied(outcome, judged, payment, completes);
	}

	/**
	 * Releases what the evaluation's payment held once the buyer has verified the
	 * rectification its grade asked for [DOMAIN §4: 合格 holds 10% until rectification is
	 * verified]. Empty when nothing is held or it was released already.
	 */
	public Optional<PaymentRecord> releaseHeld(String evaluationId, LocalDate verifiedOn, LocalDate on) {
		return this.payments.releaseHeld(nextPaymentId(), evaluationId, this.payoutPolicy, verifiedOn, on);
	}

	/**
	 * Whether a payment is still outstanding on what the milestone's grade withheld, so
	 * that a re-evaluation decides on it.
	 */
	private boolean withholds(TrancheTrigger trigger) {
		return this.payments.withheldOutstanding(trigger).fen() > 0;
	}

	/** Whether the service has begun by the day: the term has started. */
	public boolean hasStartedBy(LocalDate today) {
		return !today.isBefore(this.terms.term().from());
	}

	private PaymentRecord pay(TrancheAmount tranche, EvaluationOutcome outcome, LocalDate on) {
		return (outcome.kind() == EvaluationKind.RE_EVALUATION)
				? this.payments.payAfterReEvaluation(nextPaymentId(), tranche, this.payoutPolicy, outcome.graded(), on)
				: this.payments.payAfterGrade(nextPaymentId(), tranche, this.payoutPolicy, outcome.graded(), on);
	}

	/**
	 * The tranche a milestone's grade pays. A mid-term or final evaluation grades its own
	 * kind of milestone; a re-evaluation grades either.
	 */
	private TrancheTrigger trancheOf(ContractMilestone milestone, EvaluationOutcome outcome) {
		MilestoneType type = milestone.type();
		boolean fits = switch (outcome.kind()) {
			case MID_TERM -> type == MilestoneType.MID_TERM;
			case FINAL -> type == MilestoneType.FINAL;
			case RE_EVALUATION -> type != MilestoneType.QUARTERLY_MONITORING;
		};
		if (!fits) {
			throw ProblemException.ruleViolated(
					"evaluation-does-not-fit-milestone", "a %s evaluation cannot grade milestone %s, which is %s"
						.formatted(outcome.kind(), milestone.milestoneId(), type),
					outcome.kind(), milestone.milestoneId(), type);
		}
		return (type == MilestoneType.MID_TERM) ? TrancheTrigger.AFTER_MIDTERM_GRADE : TrancheTrigger.AFTER_FINAL_GRADE;
	}

	private ContractMilestone requireMilestone(String milestoneId) {
		return milestone(milestoneId).orElseThrow(() -> ProblemException.ruleViolated("unknown-milestone",
				"contract %s has no milestone %s".formatted(this.id, milestoneId), this.id, milestoneId));
	}

	private String nextPaymentId() {
		return this.payments.nextPaymentId(this.id);
	}

	private void requireDraft(String action) {
		if (this.status != ContractStatus.DRAFT) {
			throw ProblemException.conflict("contract-not-a-draft",
					"contract %s is %s; only a draft can %s".formatted(this.id, this.status, action), this.id,
					this.status);
		}
	}

	public Optional<ContractMilestone> milestone(String milestoneId) {
		return this.milestones.stream().filter((m) -> m.milestoneId().equals(milestoneId)).findFirst();
	}

	public String id() {
		return this.id;
	}

	public ContractParties parties() {
		return this.parties;
	}

	public String agencyId() {
		return this.parties.agencyId();
	}

	public String regionCode() {
		return this.parties.regionCode();
	}

	public AgreedTerms terms() {
		return this.terms;
	}

	public PayoutPolicy payoutPolicy() {
		return this.payoutPolicy;
	}

	public List<ContractMilestone> milestones() {
		return List.copyOf(this.milestones);
	}

	public PaymentLedger payments() {
		return this.payments;
	}

	public List<AppliedEvaluation> evaluations() {
		return List.copyOf(this.evaluations);
	}

	public ContractStatus status() {
		return this.status;
	}

	public Optional<Signing> signing() {
		return Optional.ofNullable(this.signing);
	}

	/** The buyer's internal notes; never published. */
	public Optional<String> notes() {
		return Optional.ofNullable(this.notes);
	}

}
