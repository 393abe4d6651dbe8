package cn.shegong.procurement.bidding.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Extra points in bid scoring for an agency whose last final grade was 优秀 or 良好, the
 * priority DOMAIN.md §4 gives good performers; configurable per city, none for other
 * grades.
 *
 * @param excellent points for a last grade of 优秀, scale 2
 * @param good points for a last grade of 良好, scale 2
 */
public record PriorityBonus(BigDecimal excellent, BigDecimal good) {

	public PriorityBonus {
		if (excellent == null || good == null || excellent.signum() < 0 || good.signum() < 0
				|| excellent.stripTrailingZeros().scale() > 2 || good.stripTrailingZeros().scale() > 2) {
			throw new IllegalArgumentException(
					"bonus points are zero or more with two decimals at most, were " + excellent + " and " + good);
		}
		excellent = excellent.setScale(2, RoundingMode.UNNECESSARY);
		good = good.setScale(2, RoundingMode.UNNECESSARY);
	}

	/** 2.00 points for 优秀, 1.00 for 良好 [OURS, configurable]. */
	public static PriorityBonus defaults() {
		return new PriorityBonus(new BigDecimal("2.00"), new BigDecimal("1.00"));
	}

	/** No bonus for anyone, for cities that do not reward past grades in scoring. */
	public static PriorityBonus none() {
		return new PriorityBonus(BigDecimal.ZERO, BigDecimal.ZERO);
	}

	public BigDecimal bonusFor(PastGrade lastFinalGrade) {
		return switch (lastFinalGrade) {
			case EXCELLENT -> this.excellent;
			case GOOD -> this.good;
			case PASS, FAIL, NONE -> BigDecimal.ZERO.setScale(2);
		};
	}

}
