package cn.shegong.evaluation.scheme.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A scored indicator (三级指标). Its weight is also the most it can score.
 *
 * @param code unique in the scheme, e.g. {@code 1.2.1}
 * @param name its Chinese name
 * @param weight its share of the scheme's total, and its maximum score
 * @param type structural, process or outcome
 * @param nature qualitative or quantitative
 * @param scorer the role whose sheet carries it
 * @param automatic the figure that fills it, if any
 */
public record LeafIndicator(String code, String name, BigDecimal weight, IndicatorType type, IndicatorNature nature,
		ScorerRole scorer, Optional<AutomaticScoring> automatic) implements Indicator {

	public LeafIndicator {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(weight, "weight");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(nature, "nature");
		Objects.requireNonNull(scorer, "scorer");
		Objects.requireNonNull(automatic, "automatic");
	}

	/** A leaf an evaluator judges. */
	public static LeafIndicator judged(String code, String name, String weight, IndicatorType type, ScorerRole scorer) {
		return new LeafIndicator(code, name, new BigDecimal(weight), type, IndicatorNature.QUALITATIVE, scorer,
				Optional.empty());
	}

	/** A leaf filled from another service's figure. */
	public static LeafIndicator measured(String code, String name, String weight, IndicatorType type, ScorerRole scorer,
			DataSource source, FigureMapping mapping) {
		return new LeafIndicator(code, name, new BigDecimal(weight), type, IndicatorNature.QUANTITATIVE, scorer,
				Optional.of(new AutomaticScoring(source, mapping)));
	}

	public BigDecimal max() {
		return this.weight;
	}

}
