package cn.shegong.evaluation.evaluation.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The data-quality figure from callbacks: confirmed ÷ (confirmed + contradicted);
 * unreachable beneficiaries say nothing about the records and are left out. The figure
 * feeds the DATA_QUALITY leaf; below the floor that leaf scores zero. With no one
 * answering there is no figure and the leaf is not zeroed: silence is not evidence of
 * fraud.
 */
public record DataQuality(int confirmed, int contradicted, int unreachable, int floorBasisPoints) {

	/** Scale of the figure as a ratio (0.8333 is 83.33%). */
	public static final int SCALE = 4;

	public static DataQuality of(int confirmed, int contradicted, int unreachable, int floorBasisPoints) {
		return new DataQuality(confirmed, contradicted, unreachable, floorBasisPoints);
	}

	/**
	 * Confirmed share of the answered callbacks, half-up to four places; empty if nobody
	 * answered.
	 */
	public Optional<BigDecimal> figure() {
		int answered = this.confirmed + this.contradicted;
		if (answered == 0) {
			return Optional.empty();
		}
		return Optional
			.of(BigDecimal.valueOf(this.confirmed).divide(BigDecimal.valueOf(answered), SCALE, RoundingMode.HALF_UP));
	}

	/** Compared exactly, before any rounding: exactly at the floor keeps the leaf. */
	public boolean zeroesDataQualityLeaf() {
		long answered = this.confirmed + this.contradicted;
		return answered > 0 && this.confirmed * (long) EvaluationRules.WHOLE < this.floorBasisPoints * answered;
	}

}
