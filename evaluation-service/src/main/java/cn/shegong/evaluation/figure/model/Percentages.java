package cn.shegong.evaluation.figure.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Figures as percentages with two decimals, rounded half up. */
public final class Percentages {

	static final int SCALE = 2;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Percentages() {
	}

	/** 8500 basis points are 85.00%. */
	public static BigDecimal ofBasisPoints(int basisPoints) {
		return BigDecimal.valueOf(basisPoints).movePointLeft(2).setScale(SCALE, RoundingMode.HALF_UP);
	}

	/** {@code part ÷ whole} as a percentage; 0 when the whole is 0. */
	public static BigDecimal of(long part, long whole) {
		if (whole == 0) {
			return BigDecimal.ZERO.setScale(SCALE);
		}
		return BigDecimal.valueOf(part)
			.multiply(HUNDRED)
			.divide(BigDecimal.valueOf(whole), SCALE, RoundingMode.HALF_UP);
	}

}
