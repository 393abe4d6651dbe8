package cn.shegong.procurement.contract.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;

import cn.shegong.platform.outbox.PendingEvent;
import cn.shegong.procurement.contract.model.Contract;
import cn.shegong.procurement.contract.model.EvaluationApplied;
import cn.shegong.procurement.contract.model.EvaluationKind;
import cn.shegong.procurement.contract.model.EvaluationOutcome;
import cn.shegong.procurement.contract.persistence.ContractStore;
import cn.shegong.procurement.contract.persistence.ContractStore.Versioned;
import cn.shegong.procurement.contract.persistence.FinalGrades;
import cn.shegong.procurement.project.model.MilestoneType;
import cn.shegong.procurement.registry.application.AgencyBans;
import cn.shegong.procurement.tender.persistence.TenderStore;

/**
 * What a finalized evaluation changes: the contract judges the milestone and decides its
 * tranche, and the payment and its events are stored with the contract in one write.
 * Then, for a final grade, the grade is recorded for later bid scoring, a 不合格 bans the
 * agency (so does a failing re-evaluation of the final milestone: it is the final grade
 * now; what the tranche withheld stays withheld), and the tender completes. Each of those
 * follow-ups is idempotent and keyed by the evaluation, so an evaluation delivered again,
 * or retried after a crash between two writes, finishes what is missing and pays nothing
 * twice.
 */
@Service
public class SettleEvaluation {

	/** The actor the audit trail names for changes caused by evaluation events. */
	public static final String ACTOR = "system:evaluation-events";

	private final ContractStore contracts;

	private final ContractEvents events;

	private final ContractAudit audit;

	private final FinalGrades finalGrades;

	private final AgencyBans bans;

	private final TenderFollowsContract tenderFollows;

	private final Clock clock;

	SettleEvaluation(ContractStore contracts, ContractEvents events, ContractAudit audit, FinalGrades finalGrades,
			AgencyBans bans, TenderFollowsContract tenderFollows, Clock clock) {
		this.contracts = contracts;
		this.events = events;
		this.audit = audit;
		this.finalGrades = finalGrades;
		this.bans = bans;
		this.tenderFollows = tenderFollows;
		this.clock = clock;
	}

	/**
	 * @throws cn.shegong.platform.problem.ProblemException if the contract is unknown or
	 * the evaluation cannot apply to it; nothing is written then
	 */
	public void settle(String contractId, EvaluationOutcome outcome) {
		Versioned found = this.contracts.find(contractId).orElseThrow(() -> ContractAccess.notFound(contractId));
		Contract contract = found.contract();
		if (!contract.hasApplied(outcome.evaluationId())) {
			apply(found, outcome);
		}
		if (outcome.kind() == EvaluationKind.FINAL) {
			this.finalGrades.record(outcome.evaluationId(), contract.agencyId(), outcome.paidAs(),
					outcome.finalizedOn());
		}
		boolean finalMilestone = contract.milestone(outcome.milestoneId())
			.filter((milestone) -> milestone.type() == MilestoneType.FINAL)
			.isPresent();
		if (outcome.bans(finalMilestone)) {
			this.bans.banForFinalFail(contract.agencyId(), outcome.evaluationId(), outcome.finalizedOn());
		}
		this.tenderFollows.catchUp(contract, ACTOR);
	}

	private void apply(Versioned found, EvaluationOutcome outcome) {
		Contract contract = found.contract();
		Map<String, Object> before = ContractAudit.snapshot(contract);
		EvaluationApplied applied = contract.applyEvaluation(outcome, today());
		List<PendingEvent> published = applied.payment()
			.map((payment) -> this.events.payment(contract, payment))
			.orElse(List.of());
		this.contracts.save(contract, found.version(), published);
		this.audit.contractChanged(ACTOR, contract,
				"apply-" + outcome.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), before,
				"evaluation %s finalized on %s: grade %s%s".formatted(outcome.evaluationId(), outcome.finalizedOn(),
						outcome.grade(), outcome.veto() ? " with a finance veto" : ""));
		applied.payment().ifPresent((payment) -> this.audit.paymentDecided(ACTOR, contract, payment));
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), TenderStore.BUYER_ZONE);
	}

}
