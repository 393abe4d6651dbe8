package cn.shegong.evaluation.figure.model;

import java.math.BigDecimal;
import java.util.Objects;

import cn.shegong.evaluation.scheme.model.DataSource;

/**
 * One measured figure that can fill an automatic indicator, as a percentage (100 = the
 * whole, or the target fully met) with two decimals.
 *
 * @param basis what the percentage was computed from, in words an evaluator can check
 * (counts, period)
 */
public record Figure(DataSource dataSource, BigDecimal percent, String basis, FigureSource source) {

	public Figure {
		Objects.requireNonNull(dataSource, "dataSource");
		Objects.requireNonNull(percent, "percent");
		Objects.requireNonNull(basis, "basis");
		Objects.requireNonNull(source, "source");
	}

}
