package cn.shegong.evaluation.dashboard.model;

/**
 * The dashboards' numbers.
 *
 * @param failedBelowPercent a dimension scored below this share of its maximum counts as
 * failed
 * @param indicatorsShown how many of the most often failed indicators are listed
 */
public record DashboardRules(int failedBelowPercent, int indicatorsShown) {

	public DashboardRules {
		if (failedBelowPercent < 1 || failedBelowPercent > 100) {
			throw new IllegalArgumentException("failedBelowPercent must be 1..100, was " + failedBelowPercent);
		}
		if (indicatorsShown < 1) {
			throw new IllegalArgumentException("indicatorsShown must be positive, was " + indicatorsShown);
		}
	}

	/**
	 * Below 60% of its maximum a dimension failed; the ten most often failed are shown.
	 */
	public static DashboardRules defaults() {
		return new DashboardRules(60, 10);
	}

}
