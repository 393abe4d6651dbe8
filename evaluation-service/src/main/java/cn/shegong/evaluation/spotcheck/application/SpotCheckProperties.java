package cn.shegong.evaluation.spotcheck.application;

import java.time.MonthDay;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

import cn.shegong.evaluation.evaluation.model.EvaluationRules;

/**
 * The annual spot check's numbers ({@code shegong.evaluation.spot-check.*}); each one
 * left unset keeps the default.
 *
 * @param drawOn the day ({@code MM-dd}) from which the year's automatic draw is due,
 * 01-15 by default
 * @param minimumTerm a project must run longer than this to be drawn, P1Y [LOC Shenzhen]
 * @param shareBasisPoints least share of the eligible projects drawn, rounded up, 3000
 * (30%) [LOC Shenzhen]
 */
@ConfigurationProperties("shegong.evaluation.spot-check")
public record SpotCheckProperties(String drawOn, Period minimumTerm, Integer shareBasisPoints) {

	public MonthDay drawDay() {
		return MonthDay.parse("--" + ((this.drawOn != null && !this.drawOn.isBlank()) ? this.drawOn : "01-15"));
	}

	/** The flow's rules with this spot check's term and share. */
	public EvaluationRules rules(EvaluationRules flow) {
		return new EvaluationRules(flow.replyWindowWorkingDays(), flow.publicationDueDays(), flow.conflictLookback(),
				flow.finalEvaluationLeadTime(),
				(this.minimumTerm != null) ? this.minimumTerm : flow.spotCheckMinimumTerm(),
				(this.shareBasisPoints != null) ? this.shareBasisPoints : flow.spotCheckShareBasisPoints(),
				flow.callbackShareBasisPoints(), flow.callbackMinimum(), flow.callbackMaximum(),
				flow.dataQualityFloorBasisPoints());
	}

}
