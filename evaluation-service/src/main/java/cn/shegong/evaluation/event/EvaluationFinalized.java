package cn.shegong.evaluation.event;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The data of {@code evaluation.EvaluationFinalized} v1. Carries at least what
 * procurement's consumed schema asks for.
 *
 * @param score the composite as a decimal string, e.g. {@code "94.55"}
 * @param dimensions the level-1 dimensions' scores, in scheme order
 * @param correctsEvaluationId the evaluation a re-evaluation corrects; {@code null} (left
 * out) for the other kinds
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvaluationFinalized(String evaluationId, String contractId, String milestoneId, String projectId,
		String agencyId, String regionCode, String kind, String score, String grade, boolean veto,
		LocalDate finalizedOn, LocalDate publicationDue, String schemeId, int schemeVersion, List<Dimension> dimensions,
		String correctsEvaluationId) {

	/**
	 * @param label the dimension's Chinese title
	 * @param score the sum of its leaves' consolidated scores, as a decimal string
	 * @param max its weight, the most it can score
	 */
	public record Dimension(String code, String label, String score, String max) {
	}

}
