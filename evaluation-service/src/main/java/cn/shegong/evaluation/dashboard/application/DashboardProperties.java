package cn.shegong.evaluation.dashboard.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

import cn.shegong.evaluation.dashboard.model.DashboardRules;

/**
 * The dashboards' numbers ({@code shegong.evaluation.dashboard.*}); each one left unset
 * keeps the default of {@link DashboardRules#defaults()}.
 *
 * @param failedBelowPercent a dimension scored below this share of its maximum counts as
 * failed, 60 by default
 * @param indicatorsShown how many of the most often failed indicators are listed, 10
 */
@ConfigurationProperties("shegong.evaluation.dashboard")
public record DashboardProperties(Integer failedBelowPercent, Integer indicatorsShown) {

	public DashboardRules rules() {
		DashboardRules d = DashboardRules.defaults();
		return new DashboardRules((this.failedBelowPercent != null) ? this.failedBelowPercent : d.failedBelowPercent(),
				(this.indicatorsShown != null) ? this.indicatorsShown : d.indicatorsShown());
	}

}
