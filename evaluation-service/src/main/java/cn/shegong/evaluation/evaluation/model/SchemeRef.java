package cn.shegong.evaluation.evaluation.model;

/** The indicator scheme and version an evaluation started with and keeps to the end. */
public record SchemeRef(String schemeId, int version) {

	public SchemeRef {
		if (schemeId == null || schemeId.isBlank() || version < 1) {
			throw new IllegalArgumentException(
					"a scheme reference needs an id and a version >= 1, was " + schemeId + " v" + version);
		}
	}

}
