package cn.shegong.evaluation.scoring.model;

import static cn.shegong.evaluation.scoring.model.SheetScoringTest.buyerSheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.shegong.evaluation.scheme.model.IndicatorScheme;
import cn.shegong.evaluation.scheme.model.ScorerRole;
import cn.shegong.evaluation.scheme.model.Schemes;

class ConsolidationTest {

	private final IndicatorScheme township = Schemes.townshipStation();

	@Test
	void eachLeafTakesTheMeanOfTheSheetsAtTheSchemesScale() {
		ConsolidatedSheets merged = Consolidation.of(this.township,
				List.of(buyerSheet("4", "8", "3"), buyerSheet("4", "8", "3"), buyerSheet("5", "9", "4")));

		assertThat(merged.sheetCount()).isEqualTo(3);
		assertThat(merged.means().of("2.2.1")).isEqualTo("4.33");
		assertThat(merged.means().of("2.2.2")).isEqualTo("8.33");
		assertThat(merged.means().of("3.3.1")).isEqualTo("3.33");
	}

	@Test
	void theRoleTotalIsTakenFromTheMeans() {
		ConsolidatedSheets merged = Consolidation.of(this.township,
				List.of(buyerSheet("4", "8", "3"), buyerSheet("5", "10", "4")));

		// means 4.5 + 9 + 3.5 = 17 of 19 = 89.473… → 89.47
		assertThat(merged.totals().roleTotal()).isEqualTo("89.47");
	}

	@Test
	void aSpreadOfExactly15PercentOfTheLeafIsNotFlagged() {
		ConsolidatedSheets merged = Consolidation.of(this.township,
				List.of(buyerSheet("4", "8", "3"), buyerSheet("4", "9.5", "3")));

		assertThat(merged.flags()).isEmpty();
		assertThat(merged.needsSecondLook()).isFalse();
	}

	@Test
	void aSpreadJustAbove15PercentOfTheLeafIsFlaggedWithItsNumbers() {
		ConsolidatedSheets merged = Consolidation.of(this.township,
				List.of(buyerSheet("4", "8", "3"), buyerSheet("4", "9.51", "3"), buyerSheet("4", "9", "3")));

		assertThat(merged.flags()).containsExactly(
				new SpreadFlag("2.2.2", new BigDecimal("8"), new BigDecimal("9.51"), new BigDecimal("10")));
		assertThat(merged.flags().get(0).spread()).isEqualByComparingTo("1.51");
	}

	@Test
	void aSingleSheetIsItsOwnMeanWithNoFlags() {
		ConsolidatedSheets merged = Consolidation.of(this.township, List.of(buyerSheet("4", "8", "3")));

		assertThat(merged.means().of("2.2.1")).isEqualTo("4.00");
		assertThat(merged.flags()).isEmpty();
	}

	@Test
	void noSheetsAreRefused() {
		assertThatThrownBy(() -> Consolidation.of(this.township, List.of())).extracting("rule")
			.isEqualTo("no-sheets-to-consolidate");
	}

	@Test
	void sheetsOfDifferentRolesAreRefused() {
		LeafScores serviceUsers = new LeafScores(ScorerRole.SERVICE_USERS,
				Map.of("3.1.1", BigDecimal.ONE, "3.1.2", BigDecimal.ONE));

		assertThatThrownBy(() -> Consolidation.of(this.township, List.of(buyerSheet("4", "8", "3"), serviceUsers)))
			.extracting("rule")
			.isEqualTo("sheets-of-different-roles");
	}

	@Test
	void anInvalidSheetAmongThemIsRefused() {
		assertThatThrownBy(
				() -> Consolidation.of(this.township, List.of(buyerSheet("4", "8", "3"), buyerSheet("4", "11", "3"))))
			.extracting("rule")
			.isEqualTo("leaf-score-above-max");
	}

}
