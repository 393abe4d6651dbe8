package cn.shegong.evaluation.evaluation.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One evaluator's scores: leaf indicator code to score, evidence and comment. Ranges and
 * scale are the scheme's to check; here a score only has to be a non-negative number.
 */
public record ScoreSheet(String evaluatorId, Map<String, LeafScore> scores, LocalDate submittedOn) {

	public ScoreSheet {
		Objects.requireNonNull(evaluatorId, "evaluatorId");
		Objects.requireNonNull(submittedOn, "submittedOn");
		scores = Map.copyOf(scores);
		if (scores.isEmpty()) {
			throw Refusal.rule("score-sheet-empty", "The score sheet of evaluator %s scores no indicator", evaluatorId);
		}
	}

	/** The score of one leaf indicator with its evidence and the evaluator's comment. */
	public record LeafScore(BigDecimal score, List<String> evidenceRefs, String comment) {

		public LeafScore {
			Objects.requireNonNull(score, "score");
			if (score.signum() < 0) {
				throw Refusal.rule("leaf-score-negative", "A leaf score cannot be negative, was %s", score);
			}
			evidenceRefs = List.copyOf(evidenceRefs);
			comment = (comment != null) ? comment : "";
		}

	}

}
