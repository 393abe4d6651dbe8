package cn.shegong.talent.appraisal.model;

import java.util.EnumMap;
import java.util.Map;

import cn.shegong.platform.problem.ProblemException;

/**
 * A city's (or agency's) way of turning 360-degree scores into an appraisal grade:
 * {@code appraise(inputs)} weighs the raters and grades the result.
 */
public record AppraisalPolicy(AppraisalWeights weights, GradeBands bands) {

	public AppraisalPolicy {
		if (weights == null || bands == null) {
			throw new IllegalArgumentException("an appraisal policy needs weights and grade bands");
		}
	}

	public static AppraisalPolicy defaults() {
		return new AppraisalPolicy(AppraisalWeights.defaults(), GradeBands.defaults());
	}

	/**
	 * Refuses inputs missing a rater that carries weight: a grade without the
	 * supervisor's view is not the grade the policy defines.
	 */
	public AppraisalResult appraise(AppraisalInputs inputs) {
		Map<AppraisalSource, AppraisalScore> counted = new EnumMap<>(AppraisalSource.class);
		for (AppraisalSource source : AppraisalSource.values()) {
			if (this.weights.counts(source)) {
				counted.put(source, inputs.from(source).orElseThrow(() -> missing(source)));
			}
		}
		AppraisalScore score = this.weights.combine(counted);
		return new AppraisalResult(score, this.bands.gradeFor(score));
	}

	private static ProblemException missing(AppraisalSource source) {
		return ProblemException.ruleViolated("appraisal-input-missing",
				"The appraisal has no score from " + source + " (" + source.chineseName() + "), whose weight counts.",
				source);
	}

}
