package cn.shegong.evaluation.scheme.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.junit.jupiter.api.Test;

class FigureMappingTest {

	private static final BigDecimal SIXTEEN = BigDecimal.valueOf(16);

	private final FigureMapping satisfaction = FigureMapping.linear("60", "85");

	private BigDecimal scoreFor(FigureMapping mapping, String figure) {
		return mapping.scoreFor(new BigDecimal(figure), SIXTEEN, ScoreRounding.defaults());
	}

	@Test
	void aFigureAtTheTargetEarnsFullMarks() {
		assertThat(scoreFor(this.satisfaction, "85")).isEqualTo("16.00");
		assertThat(scoreFor(this.satisfaction, "97.5")).isEqualTo("16.00");
	}

	@Test
	void aFigureAtOrBelowTheFloorEarnsNothing() {
		assertThat(scoreFor(this.satisfaction, "60")).isEqualTo("0.00");
		assertThat(scoreFor(this.satisfaction, "12")).isEqualTo("0.00");
	}

	@Test
	void aFigureBetweenFloorAndTargetEarnsItsLinearShare() {
		assertThat(scoreFor(this.satisfaction, "72.5")).isEqualTo("8.00");
		assertThat(scoreFor(this.satisfaction, "84.99")).isEqualTo("15.99");
	}

	@Test
	void theShareIsRoundedAsTheSchemeRounds() {
		FigureMapping thirds = FigureMapping.linear("0", "3");

		assertThat(thirds.scoreFor(BigDecimal.ONE, BigDecimal.valueOf(5), ScoreRounding.defaults())).isEqualTo("1.67");
		assertThat(thirds.scoreFor(BigDecimal.ONE, BigDecimal.valueOf(5), new ScoreRounding(2, RoundingMode.DOWN)))
			.isEqualTo("1.66");
	}

	@Test
	void anAllOrNothingMappingGivesFullMarksOnlyAtTheTarget() {
		FigureMapping staffing = FigureMapping.allOrNothingAt("100");

		assertThat(scoreFor(staffing, "100")).isEqualTo("16.00");
		assertThat(scoreFor(staffing, "99.99")).isEqualTo("0.00");
	}

	@Test
	void aFloorAboveTheTargetIsRefused() {
		assertThatThrownBy(() -> FigureMapping.linear("85.01", "85")).hasMessageContaining("floor was 85.01%")
			.extracting("rule")
			.isEqualTo("figure-mapping-floor-above-target");
	}

}
