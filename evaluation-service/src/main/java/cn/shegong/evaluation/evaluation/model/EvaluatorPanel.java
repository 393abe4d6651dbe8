package cn.shegong.evaluation.evaluation.model;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The evaluators assigned to an evaluation: at least one, each once, none with a conflict
 * of interest.
 */
public record EvaluatorPanel(List<String> evaluatorIds, LocalDate assignedOn) {

	public EvaluatorPanel {
		evaluatorIds = List.copyOf(evaluatorIds);
	}

	static EvaluatorPanel assign(List<EvaluatorCandidate> candidates, String agencyId, ConflictOfInterest conflicts,
			LocalDate on) {
		if (candidates.isEmpty()) {
			throw Refusal.rule("evaluation-needs-an-evaluator", "An evaluation needs at least %d evaluator, got %d", 1,
					0);
		}
		Set<String> seen = new HashSet<>();
		for (EvaluatorCandidate candidate : candidates) {
			if (!seen.add(candidate.evaluatorId())) {
				throw Refusal.rule("evaluator-assigned-twice", "Evaluator %s appears more than once on the panel",
						candidate.evaluatorId());
			}
			conflicts.requireNoConflict(candidate, agencyId, on);
		}
		return new EvaluatorPanel(candidates.stream().map(EvaluatorCandidate::evaluatorId).toList(), on);
	}

	public boolean includes(String evaluatorId) {
		return this.evaluatorIds.contains(evaluatorId);
	}

}
