package cn.shegong.evaluation.evaluation.application;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

import cn.shegong.evaluation.evaluation.model.EvaluationRules;

/**
 * The evaluation flow's numbers ({@code shegong.evaluation.flow.*}); each one left unset
 * keeps the domain default of {@link EvaluationRules#defaults()}.
 *
 * @param schemeId the scheme whose latest version a newly planned evaluation keeps
 * @param replyWindowWorkingDays working days the agency has to reply, 5 by default
 * @param publicationDueDays days after the final grade by which it is published, 15
 * @param conflictLookback how far back employment by the agency disqualifies, P3Y
 * @param finalEvaluationLeadTime how long before the term ends the final evaluation is
 * planned, P1M
 */
@ConfigurationProperties("shegong.evaluation.flow")
public record EvaluationFlowProperties(String schemeId, Integer replyWindowWorkingDays, Integer publicationDueDays,
		Period conflictLookback, Period finalEvaluationLeadTime) {

	public EvaluationFlowProperties {
		schemeId = (schemeId != null && !schemeId.isBlank()) ? schemeId : "township-station";
	}

	public EvaluationRules rules() {
		EvaluationRules d = EvaluationRules.defaults();
		return new EvaluationRules(
				(this.replyWindowWorkingDays != null) ? this.replyWindowWorkingDays : d.replyWindowWorkingDays(),
				(this.publicationDueDays != null) ? this.publicationDueDays : d.publicationDueDays(),
				(this.conflictLookback != null) ? this.conflictLookback : d.conflictLookback(),
				(this.finalEvaluationLeadTime != null) ? this.finalEvaluationLeadTime : d.finalEvaluationLeadTime(),
				d.spotCheckMinimumTerm(), d.spotCheckShareBasisPoints(), d.callbackShareBasisPoints(),
				d.callbackMinimum(), d.callbackMaximum(), d.dataQualityFloorBasisPoints());
	}

}
