package cn.shegong.evaluation.evaluation.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.shegong.evaluation.evaluation.model.EvaluationFact.ScoreSheetSubmitted;

import static cn.shegong.evaluation.evaluation.model.Evaluations.sheetOf;
import static cn.shegong.evaluation.evaluation.model.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class ScoreSheetTest {

	@Test
	void anAssignedEvaluatorSubmitsASheetAndScoringBegins() {
		EvaluationStep step = Evaluations.selfAssessed().submitScoreSheet(sheetOf("ev-1", "8.50"));

		assertThat(step.evaluation().status()).isEqualTo(EvaluationStatus.SCORING);
		assertThat(step.facts()).singleElement()
			.isInstanceOfSatisfying(ScoreSheetSubmitted.class, (f) -> assertThat(f.replacedEarlierSheet()).isFalse());
	}

	@Test
	void anEvaluatorNotOnThePanelCannotSubmit() {
		assertRefused(() -> Evaluations.selfAssessed().submitScoreSheet(sheetOf("ev-stranger", "9.00")),
				"evaluator-not-assigned")
			.hasMessageContaining("ev-stranger");
	}

	@Test
	void aSecondSheetBeforeConsolidationReplacesTheFirstAndKeepsItInHistory() {
		EvaluationStep step = Evaluations.scoredByBoth().submitScoreSheet(sheetOf("ev-1", "7.00"));
		ScoreSheets sheets = step.evaluation().sheets();

		assertThat(sheets.current().get("ev-1").scores().get("SERVICE_VOLUME").score()).isEqualByComparingTo("7.00");
		assertThat(sheets.superseded()).singleElement()
			.satisfies((old) -> assertThat(old.scores().get("SERVICE_VOLUME").score()).isEqualByComparingTo("8.50"));
		assertThat(step.facts()).singleElement()
			.isInstanceOfSatisfying(ScoreSheetSubmitted.class, (f) -> assertThat(f.replacedEarlierSheet()).isTrue());
	}

	@Test
	void noSheetIsAcceptedAfterConsolidation() {
		Evaluation consolidated = Evaluations.scoredByBoth()
			.consolidate(Results.good(), LocalDate.of(2026, 9, 12))
			.evaluation();

		assertRefused(() -> consolidated.submitScoreSheet(sheetOf("ev-1", "9.50")), "evaluation-in-wrong-status")
			.hasMessageContaining("CONSOLIDATED");
	}

	@Test
	void consolidationWaitsForEveryAssignedEvaluator() {
		Evaluation oneOfTwo = Evaluations.selfAssessed().submitScoreSheet(sheetOf("ev-1", "8.50")).evaluation();

		assertRefused(() -> oneOfTwo.consolidate(Results.good(), LocalDate.of(2026, 9, 12)), "score-sheets-missing")
			.hasMessageContaining("1 of 2")
			.hasMessageContaining("ev-2");
	}

	@Test
	void anEmptySheetIsRefused() {
		assertRefused(() -> new ScoreSheet("ev-1", Map.of(), LocalDate.of(2026, 9, 10)), "score-sheet-empty");
	}

	@Test
	void aNegativeLeafScoreIsRefused() {
		assertRefused(() -> new ScoreSheet.LeafScore(new BigDecimal("-0.01"), List.of(), null), "leaf-score-negative");
	}

	@Test
	void aZeroLeafScoreIsAccepted() {
		assertThat(new ScoreSheet.LeafScore(BigDecimal.ZERO, List.of(), null).comment()).isEmpty();
	}

}
