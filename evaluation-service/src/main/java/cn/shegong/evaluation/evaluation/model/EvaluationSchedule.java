package cn.shegong.evaluation.evaluation.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.shegong.evaluation.evaluation.model.ContractTerms.Milestone;

/**
 * Which evaluations a contract calls for [DOMAIN §4]: a mid-term evaluation on each
 * mid-term milestone's due date, and a final evaluation the lead time (1 month by
 * default) before the term ends, tied to the final milestone if the contract has one.
 * Quarterly monitoring is procurement's and schedules nothing here.
 */
public record EvaluationSchedule(EvaluationRules rules) {

	public List<ScheduledEvaluation> evaluationsFor(ContractTerms contract) {
		List<ScheduledEvaluation> scheduled = new ArrayList<>();
		contract.milestones()
			.stream()
			.filter((m) -> m.type() == Milestone.Type.MID_TERM)
			.forEach((m) -> scheduled.add(new ScheduledEvaluation(EvaluationKind.MID_TERM,
					contract.subjectFor(m.milestoneId()), m.dueDate())));
		String finalMilestone = contract.milestones()
			.stream()
			.filter((m) -> m.type() == Milestone.Type.FINAL)
			.map(Milestone::milestoneId)
			.findFirst()
			.orElse(null);
		scheduled.add(new ScheduledEvaluation(EvaluationKind.FINAL, contract.subjectFor(finalMilestone),
				finalEvaluationDate(contract)));
		return List.copyOf(scheduled);
	}

	/**
	 * The lead time before the end, but never before the term starts (a contract shorter
	 * than the lead time).
	 */
	public LocalDate finalEvaluationDate(ContractTerms contract) {
		LocalDate date = contract.termEnd().minus(this.rules.finalEvaluationLeadTime());
		return Optional.of(date).filter((d) -> !d.isBefore(contract.termStart())).orElse(contract.termStart());
	}

}
