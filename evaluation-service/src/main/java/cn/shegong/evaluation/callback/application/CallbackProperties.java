package cn.shegong.evaluation.callback.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

import cn.shegong.evaluation.evaluation.application.EvaluationFlowProperties;
import cn.shegong.evaluation.evaluation.model.EvaluationRules;

/**
 * The callbacks' numbers ({@code shegong.evaluation.callbacks.*}); each one left unset
 * keeps the domain default of {@link EvaluationRules#defaults()}.
 *
 * @param shareBasisPoints share of the reported beneficiaries called back, rounded up,
 * 1000 (10%)
 * @param minimum fewest callbacks per sample, 5
 * @param maximum most callbacks per sample, 30
 * @param dataQualityFloorBasisPoints below this confirmed share the data-quality leaf
 * scores zero, 8000 (80%)
 * @param maxRecords most service records an agency uploads for one evaluation, 2000
 */
@ConfigurationProperties("shegong.evaluation.callbacks")
public record CallbackProperties(Integer shareBasisPoints, Integer minimum, Integer maximum,
		Integer dataQualityFloorBasisPoints, Integer maxRecords) {

	static final int DEFAULT_MAX_RECORDS = 2000;

	public CallbackProperties {
		maxRecords = (maxRecords != null) ? maxRecords : DEFAULT_MAX_RECORDS;
		if (maxRecords < 1) {
			throw new IllegalArgumentException("shegong.evaluation.callbacks.max-records must be at least 1");
		}
	}

	/** The flow's rules with the callbacks' numbers set here. */
	EvaluationRules rules(EvaluationFlowProperties flow) {
		EvaluationRules r = flow.rules();
		return new EvaluationRules(r.replyWindowWorkingDays(), r.publicationDueDays(), r.conflictLookback(),
				r.finalEvaluationLeadTime(), r.spotCheckMinimumTerm(), r.spotCheckShareBasisPoints(),
				(this.shareBasisPoints != null) ? this.shareBasisPoints : r.callbackShareBasisPoints(),
				(this.minimum != null) ? this.minimum : r.callbackMinimum(),
				(this.maximum != null) ? this.maximum : r.callbackMaximum(), (this.dataQualityFloorBasisPoints != null)
						? this.dataQualityFloorBasisPoints : r.dataQualityFloorBasisPoints());
	}

}
