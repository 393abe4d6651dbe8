package cn.shegong.evaluation.scheme.model;

/**
 * Which version of which scheme an evaluation is scored by; fixed when the evaluation
 * starts, so publishing a later version never changes it.
 *
 * @param schemeId the scheme
 * @param version its version
 */
public record SchemeRef(String schemeId, int version) {

	public SchemeRef {
		if (schemeId == null || schemeId.isBlank() || version < 1) {
			throw new IllegalArgumentException(
					"a scheme reference needs an id and a version >= 1, was " + schemeId + " v" + version);
		}
	}

}
