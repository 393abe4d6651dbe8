package cn.shegong.feedback.measure.model;

/**
 * An exact fraction, {@code count} of {@code of}, kept as both numbers so that it can be
 * checked against the responses; basis points (1/100 of a percent) are derived from it by
 * rounding half up, so 2/3 reads 6667 and 1/8 (1250 exactly) reads 1250. A rate over
 * nothing ({@code of} = 0) has no value and meets no target.
 */
public record Rate(long count, long of) {

	public static final int WHOLE_BP = 10_000;

	public Rate {
		if (count < 0 || of < 0 || count > of) {
			throw new IllegalArgumentException("a rate is 0..n of n, was " + count + " of " + of);
		}
	}

	public boolean isDefined() {
		return this.of > 0;
	}

	/** The rate in basis points rounded half up, or {@code null} over nothing. */
	public Integer basisPoints() {
		if (!isDefined()) {
			return null;
		}
		// Half up for non-negative numbers: floor((2·count·10000 + of) / (2·of)).
		return (int) ((2 * this.count * WHOLE_BP + this.of) / (2 * this.of));
	}

	/**
	 * Whether the exact fraction reaches the target: {@code count/of ≥ target/10000},
	 * compared without rounding.
	 */
	public boolean meets(int targetBasisPoints) {
		return isDefined() && this.count * WHOLE_BP >= (long) targetBasisPoints * this.of;
	}

}
