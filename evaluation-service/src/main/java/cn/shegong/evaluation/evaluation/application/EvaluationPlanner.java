package cn.shegong.evaluation.evaluation.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import cn.shegong.evaluation.contract.model.Contract;
import cn.shegong.evaluation.contract.model.MilestoneFellDue;
import cn.shegong.evaluation.evaluation.model.ContractTerms;
import cn.shegong.evaluation.evaluation.model.Evaluation;
import cn.shegong.evaluation.evaluation.model.EvaluationIds;
import cn.shegong.evaluation.evaluation.model.EvaluationKind;
import cn.shegong.evaluation.evaluation.model.EvaluationSchedule;
import cn.shegong.evaluation.evaluation.model.EvaluationStatus;
import cn.shegong.evaluation.evaluation.model.EvaluationStep;
import cn.shegong.evaluation.evaluation.model.EvaluationSubject;
import cn.shegong.evaluation.evaluation.model.ScheduledEvaluation;
import cn.shegong.evaluation.evaluation.persistence.Evaluations;
import cn.shegong.evaluation.scheme.application.SchemeCatalog;
import cn.shegong.evaluation.scheme.model.IndicatorScheme;
import cn.shegong.platform.outbox.Outbox;

/**
 * Plans evaluations with the current version of the configured scheme, from whichever
 * tells of them first: the award's milestones and term, a milestone falling due, or an
 * annual spot-check draw. Each evaluation has a stable id, so a later or repeated
 * announcement plans nothing new; a contract has one final evaluation, whichever
 * milestone (or none) it ends up tied to.
 */
@Service
public class EvaluationPlanner {

	private final Evaluations evaluations;

	private final SchemeCatalog schemes;

	private final Outbox outbox;

	private final EvaluationFlowProperties properties;

	private final EvaluationSchedule schedule;

	EvaluationPlanner(Evaluations evaluations, SchemeCatalog schemes, Outbox outbox,
			EvaluationFlowProperties properties) {
		this.evaluations = evaluations;
		this.schemes = schemes;
		this.outbox = outbox;
		this.properties = properties;
		this.schedule = new EvaluationSchedule(properties.rules());
	}

	/**
	 * Plans the mid-term and final evaluations an awarded contract calls for.
	 * @return how many were planned now
	 */
	public int planAwarded(Contract contract) {
		ContractTerms terms = new ContractTerms(contract.contractId(), contract.projectId(), contract.agencyId(),
				contract.regionCode(), contract.term().from(), contract.term().to(),
				contract.milestones()
					.stream()
					.map((m) -> new ContractTerms.Milestone(m.milestoneId(),
							ContractTerms.Milestone.Type.valueOf(m.type().name()), m.dueOn()))
					.toList());
		int planned = 0;
		for (ScheduledEvaluation due : this.schedule.evaluationsFor(terms)) {
			if (plan(due.kind(), due.subject(), due.plannedFor())) {
				planned++;
			}
		}
		return planned;
	}

	/**
	 * Plans the evaluation of a mid-term or final milestone that fell due, unless it is
	 * planned already.
	 * @return whether an evaluation was planned now
	 */
	public boolean planDue(MilestoneFellDue due, Contract contract) {
		EvaluationKind kind = switch (due.type()) {
			case MID_TERM -> EvaluationKind.MID_TERM;
			case FINAL -> EvaluationKind.FINAL;
			default -> null;
		};
		return kind != null && plan(kind, subject(contract, due.milestoneId()), due.dueOn());
	}

	/**
	 * Plans the year's spot check of a contract a draw chose.
	 * @return whether it was planned now
	 */
	public boolean planSpotCheck(Contract contract, int year, LocalDate plannedFor) {
		return insert(EvaluationIds.spotCheck(contract.contractId(), year), subject(contract, null),
				EvaluationKind.SPOT_CHECK, plannedFor);
	}

	private boolean plan(EvaluationKind kind, EvaluationSubject subject, LocalDate plannedFor) {
		if (kind == EvaluationKind.FINAL) {
			Optional<Evaluation> planned = finalEvaluation(subject.contractId());
			planned.filter((e) -> e.subject().milestoneId() == null && subject.milestoneId() != null)
				.filter((e) -> e.status() == EvaluationStatus.PLANNED)
				.ifPresent((e) -> tie(e.id(), subject.milestoneId()));
			if (planned.isPresent()) {
				return false;
			}
		}
		return insert(EvaluationIds.of(kind, subject.contractId(), subject.milestoneId()), subject, kind, plannedFor);
	}

	private Optional<Evaluation> finalEvaluation(String contractId) {
		return this.evaluations.ofContract(contractId)
			.stream()
			.map(EvaluationFile::evaluation)
			.filter((e) -> e.kind() == EvaluationKind.FINAL)
			.findFirst();
	}

	/**
	 * A final evaluation planned without a milestone (the award named none) takes the
	 * final milestone procurement announced since, while nothing has happened to it.
	 */
	private void tie(String id, String milestoneId) {
		this.evaluations.find(id).ifPresent((v) -> {
			EvaluationStep step = v.file().evaluation().tieToFinalMilestone(milestoneId);
			EvaluationFile file = EvaluationFile.planned(step.evaluation());
			this.evaluations.save(file, v.version(), EvaluationPayloads.pending(this.outbox, file, step.facts()));
		});
	}

	private boolean insert(String id, EvaluationSubject subject, EvaluationKind kind, LocalDate plannedFor) {
		if (this.evaluations.find(id).isPresent()) {
			return false;
		}
		IndicatorScheme scheme = this.schemes.scheme(this.properties.schemeId()).history().latest();
		EvaluationStep step = Evaluation.plan(id, subject, kind, scheme.ref(), plannedFor);
		EvaluationFile file = EvaluationFile.planned(step.evaluation());
		return this.evaluations.insertIfAbsent(file, EvaluationPayloads.pending(this.outbox, file, step.facts()));
	}

	private static EvaluationSubject subject(Contract contract, String milestoneId) {
		return new EvaluationSubject(contract.contractId(), contract.projectId(), contract.agencyId(),
				contract.regionCode(), milestoneId);
	}

}
