package cn.shegong.evaluation.evaluation.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * An evaluator cannot evaluate a project of an agency they worked for within the
 * look-back (3 years by default), or while their organisation holds another contract with
 * that agency [DOMAIN §6.4]. Employment that ended exactly the look-back ago still
 * counts: "within the last 3 years" includes its first day.
 */
public record ConflictOfInterest(Period lookback) {

	public static ConflictOfInterest of(EvaluationRules rules) {
		return new ConflictOfInterest(rules.conflictLookback());
	}

	/**
	 * Refuses the candidate for the agency on the day of assignment, naming the rule and
	 * the dates.
	 */
	public void requireNoConflict(EvaluatorCandidate candidate, String agencyId, LocalDate on) {
		Optional<Employment> employment = recentEmployment(candidate, agencyId, on);
		if (employment.isPresent()) {
			Employment e = employment.get();
			throw Refusal.rule("evaluator-worked-for-agency-recently",
					"Evaluator %s worked for agency %s from %s until %s, within the %s before %s; they may not evaluate it",
					candidate.evaluatorId(), agencyId, e.from(), (e.until() != null) ? e.until() : "now", this.lookback,
					on);
		}
		candidate.organisationContracts()
			.stream()
			.filter((c) -> c.agencyId().equals(agencyId) && c.isRunningOn(on))
			.findFirst()
			.ifPresent((c) -> {
				throw Refusal.rule("evaluator-organisation-contracts-with-agency",
						"Evaluator %s's organisation %s holds contract %s with agency %s from %s to %s, running on %s",
						candidate.evaluatorId(), c.evaluatorOrgId(), c.contractId(), agencyId, c.from(), c.until(), on);
			});
	}

	private Optional<Employment> recentEmployment(EvaluatorCandidate candidate, String agencyId, LocalDate on) {
		LocalDate horizon = on.minus(this.lookback);
		return candidate.employments()
			.stream()
			.filter((e) -> e.agencyId().equals(agencyId) && e.reaches(horizon))
			.findFirst();
	}

}
