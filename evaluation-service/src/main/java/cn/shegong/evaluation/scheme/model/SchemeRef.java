package cn.shegong.evaluation.scheme.model;

import java.util.Objects;

/**
 * Which version of which scheme an evaluation is scored by; fixed when the evaluation
 * starts, so publishing a later version never changes it.
 *
 * @param schemeId the scheme
 * @param version its version
 */
public record SchemeRef(String schemeId, int version) {

	public SchemeRef {
		Objects.requireNonNull(schemeId, "schemeId");
	}

}
