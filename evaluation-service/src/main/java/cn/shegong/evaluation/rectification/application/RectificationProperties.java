package cn.shegong.evaluation.rectification.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

import cn.shegong.evaluation.rectification.model.RectificationRules;

/**
 * Rectification's numbers ({@code shegong.evaluation.rectification.*}); each one left
 * unset keeps the default of {@link RectificationRules#defaults()}.
 *
 * @param deadlineDays days from the final grade to the report's deadline, 30 by default
 */
@ConfigurationProperties("shegong.evaluation.rectification")
public record RectificationProperties(Integer deadlineDays) {

	public RectificationRules rules() {
		return (this.deadlineDays != null) ? new RectificationRules(this.deadlineDays) : RectificationRules.defaults();
	}

}
