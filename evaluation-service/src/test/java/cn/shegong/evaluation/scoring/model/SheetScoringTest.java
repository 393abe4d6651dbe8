package cn.shegong.evaluation.scoring.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.shegong.evaluation.scheme.model.IndicatorScheme;
import cn.shegong.evaluation.scheme.model.ScorerRole;
import cn.shegong.evaluation.scheme.model.Schemes;
import cn.shegong.platform.problem.ProblemException;

class SheetScoringTest {

	private final IndicatorScheme township = Schemes.townshipStation();

	/** The buyer's leaves of the township scheme: 2.2.1 of 5, 2.2.2 of 10, 3.3.1 of 4. */
	static LeafScores buyerSheet(String resources, String onTime, String cooperation) {
		Map<String, BigDecimal> scores = new LinkedHashMap<>();
		scores.put("2.2.1", new BigDecimal(resources));
		scores.put("2.2.2", new BigDecimal(onTime));
		scores.put("3.3.1", new BigDecimal(cooperation));
		return new LeafScores(ScorerRole.BUYER, scores);
	}

	private String ruleOf(LeafScores sheet) {
		return ((ProblemException) catchThrowable(() -> SheetScoring.score(this.township, sheet))).rule();
	}

	@Test
	void groupTotalsAddTheRolesLeavesBottomUp() {
		SheetScore score = SheetScoring.score(this.township, buyerSheet("4", "8.5", "3"));

		assertThat(score.groupTotals()).containsOnlyKeys("2", "2.2", "3", "3.3");
		assertThat(score.groupTotals().get("2.2")).isEqualByComparingTo("12.5");
		assertThat(score.groupTotals().get("3")).isEqualByComparingTo("3");
	}

	@Test
	void theRoleTotalIsItsShareOfTheRolesMaximumOn100RoundedToTheScheme() {
		SheetScore score = SheetScoring.score(this.township, buyerSheet("4", "8", "3"));

		// 15 of 19 = 78.947… → 78.95 half up
		assertThat(score.roleTotal()).isEqualTo("78.95");
	}

	@Test
	void fullMarksOnEveryLeafMake100() {
		assertThat(SheetScoring.score(this.township, buyerSheet("5", "10", "4")).roleTotal()).isEqualTo("100.00");
	}

	@Test
	void aScoreAboveTheLeafsMaximumIsRefused() {
		assertThatThrownBy(() -> SheetScoring.score(this.township, buyerSheet("5.01", "10", "4")))
			.hasMessageContaining("2.2.1 scored 5.01; it is scored from 0 to 5")
			.extracting("rule")
			.isEqualTo("leaf-score-above-max");
	}

	@Test
	void aNegativeScoreIsRefused() {
		assertThat(ruleOf(buyerSheet("-0.01", "10", "4"))).isEqualTo("leaf-score-negative");
	}

	@Test
	void aMissingLeafIsRefused() {
		LeafScores partial = new LeafScores(ScorerRole.BUYER, Map.of("2.2.1", BigDecimal.ONE, "2.2.2", BigDecimal.ONE));

		assertThatThrownBy(() -> SheetScoring.score(this.township, partial)).hasMessageContaining("3.3.1")
			.extracting("rule")
			.isEqualTo("leaf-score-missing");
	}

	@Test
	void aLeafNotInTheSchemeIsRefused() {
		LeafScores sheet = buyerSheet("5", "10", "4");
		Map<String, BigDecimal> extra = new LinkedHashMap<>(sheet.scores());
		extra.put("9.9.9", BigDecimal.ONE);

		assertThat(ruleOf(new LeafScores(ScorerRole.BUYER, extra))).isEqualTo("leaf-not-in-scheme");
	}

	@Test
	void anotherRolesLeafIsRefused() {
		Map<String, BigDecimal> withThirdParty = new LinkedHashMap<>(buyerSheet("5", "10", "4").scores());
		withThirdParty.put("1.2.1", BigDecimal.ONE);

		assertThat(ruleOf(new LeafScores(ScorerRole.BUYER, withThirdParty))).isEqualTo("leaf-scored-by-another-role");
	}

	@Test
	void aRoleThatScoresNoLeafHasNoSheet() {
		assertThat(ruleOf(new LeafScores(ScorerRole.SUPERVISOR, Map.of()))).isEqualTo("role-scores-no-leaves");
	}

}
