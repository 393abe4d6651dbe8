package cn.shegong.feedback.measure.model;

/**
 * What a project is held to (DOMAIN.md §5): a satisfaction rate of at least 85% and an
 * awareness rate of at least 80%, a respondent counting as aware when they know at least
 * 3 of the awareness items. Cities configure their own.
 *
 * @param satisfactionBp the satisfaction target in basis points
 * @param awarenessBp the awareness target in basis points
 * @param awareAtLeast how many awareness items a respondent must know to count as aware
 */
public record MeasureTargets(int satisfactionBp, int awarenessBp, int awareAtLeast) {

	/** The defaults: seed 002/004 and Guangzhou practice. */
	public static final MeasureTargets DEFAULT = new MeasureTargets(8500, 8000, 3);

	/** The number of awareness items the first survey asks. */
	private static final int AWARENESS_ITEMS = 5;

	public MeasureTargets {
		if (satisfactionBp < 1 || satisfactionBp > Rate.WHOLE_BP || awarenessBp < 1 || awarenessBp > Rate.WHOLE_BP) {
			throw new IllegalArgumentException(
					"targets are between 1 and 10000 basis points, were " + satisfactionBp + " and " + awarenessBp);
		}
		if (awareAtLeast < 1 || awareAtLeast > AWARENESS_ITEMS) {
			throw new IllegalArgumentException(
					"a respondent is aware knowing 1 to " + AWARENESS_ITEMS + " items, not " + awareAtLeast);
		}
	}

}
