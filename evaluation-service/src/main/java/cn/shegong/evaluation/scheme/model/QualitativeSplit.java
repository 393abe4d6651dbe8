package cn.shegong.evaluation.scheme.model;

import cn.shegong.platform.problem.ProblemException;

/**
 * The share of the scheme's total carried by qualitative leaves, in basis points, and how
 * far a scheme may stray from it. 25:75 by default [SEED 004], exact unless a city allows
 * a tolerance.
 *
 * @param qualitativeBasisPoints the qualitative share (2500 = 25%)
 * @param toleranceBasisPoints the largest accepted difference either way
 */
public record QualitativeSplit(int qualitativeBasisPoints, int toleranceBasisPoints) {

	private static final int WHOLE = 10_000;

	public QualitativeSplit {
		if (qualitativeBasisPoints < 0 || qualitativeBasisPoints > WHOLE || toleranceBasisPoints < 0
				|| toleranceBasisPoints > WHOLE) {
			throw ProblemException
				.ruleViolated("invalid-qualitative-split",
						"The qualitative share and its tolerance are 0–10000 basis points; were "
								+ qualitativeBasisPoints + " and " + toleranceBasisPoints + ".",
						qualitativeBasisPoints, toleranceBasisPoints);
		}
	}

	/** 25% qualitative, exactly. */
	public static QualitativeSplit defaults() {
		return new QualitativeSplit(2_500, 0);
	}

}
