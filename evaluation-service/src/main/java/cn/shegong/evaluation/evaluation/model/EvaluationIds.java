package cn.shegong.evaluation.evaluation.model;

/**
 * Stable evaluation ids, so that the same evaluation planned from the award, from the due
 * milestone or from a redelivery is recognised as one: {@code ev-{contract}-{milestone}},
 * {@code ev-{contract}-final} for a final evaluation the contract set no milestone for,
 * and {@code ev-{contract}-spot-{year}} for an annual spot check.
 */
public final class EvaluationIds {

	private EvaluationIds() {
	}

	public static String of(EvaluationKind kind, String contractId, String milestoneId) {
		if (milestoneId != null) {
			return "ev-" + contractId + "-" + milestoneId;
		}
		if (kind == EvaluationKind.FINAL) {
			return "ev-" + contractId + "-final";
		}
		throw new IllegalArgumentException("a " + kind + " evaluation of " + contractId + " needs its milestone");
	}

	public static String spotCheck(String contractId, int year) {
		return "ev-" + contractId + "-spot-" + year;
	}

}
