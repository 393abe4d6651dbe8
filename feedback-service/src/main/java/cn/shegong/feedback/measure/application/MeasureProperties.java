package cn.shegong.feedback.measure.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

import cn.shegong.feedback.measure.model.MeasureTargets;

/**
 * {@code shegong.feedback.measure}: the satisfaction and awareness targets in basis
 * points and how many awareness items make a respondent aware; unset values keep the
 * defaults (8500, 8000, 3), impossible ones stop the start-up.
 */
@ConfigurationProperties("shegong.feedback.measure")
public record MeasureProperties(Integer satisfactionTargetBp, Integer awarenessTargetBp, Integer awareAtLeast) {

	public MeasureProperties {
		targetsOf(satisfactionTargetBp, awarenessTargetBp, awareAtLeast);
	}

	MeasureTargets targets() {
		return targetsOf(this.satisfactionTargetBp, this.awarenessTargetBp, this.awareAtLeast);
	}

	private static MeasureTargets targetsOf(Integer satisfaction, Integer awareness, Integer awareAtLeast) {
		MeasureTargets defaults = MeasureTargets.DEFAULT;
		return new MeasureTargets((satisfaction != null) ? satisfaction : defaults.satisfactionBp(),
				(awareness != null) ? awareness : defaults.awarenessBp(),
				(awareAtLeast != null) ? awareAtLeast : defaults.awareAtLeast());
	}

}
