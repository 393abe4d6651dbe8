package cn.shegong.evaluation.evaluation.application;

import cn.shegong.evaluation.evaluation.model.Evaluation;
import cn.shegong.platform.security.Caller;
import cn.shegong.platform.security.PlatformRoles;

/**
 * Who may see and steer an evaluation. Evaluators see only the evaluations they are
 * assigned to, agencies their own, officers and supervisors their region, admins all;
 * anyone else is told the evaluation does not exist.
 */
public final class EvaluationAccess {

	private EvaluationAccess() {
	}

	public static boolean mayRead(Caller caller, Evaluation evaluation) {
		return caller.hasRole(PlatformRoles.ADMIN) || isAssignedEvaluator(caller, evaluation)
				|| (caller.hasAnyRole(PlatformRoles.PROCUREMENT_OFFICER, PlatformRoles.SUPERVISOR)
						&& caller.governs(evaluation.subject().regionCode()))
				|| isOwnAgency(caller, evaluation);
	}

	/** Assigning, consolidating, grading, answering and finalizing. */
	public static boolean mayManage(Caller caller, Evaluation evaluation) {
		return caller.hasRole(PlatformRoles.ADMIN) || isBuyerOfficer(caller, evaluation);
	}

	/** The buyer's officer, who scores the buyer's leaves. */
	public static boolean isBuyerOfficer(Caller caller, Evaluation evaluation) {
		return caller.hasRole(PlatformRoles.PROCUREMENT_OFFICER) && caller.governs(evaluation.subject().regionCode());
	}

	public static boolean isAssignedEvaluator(Caller caller, Evaluation evaluation) {
		return caller.hasRole(PlatformRoles.EVALUATOR) && evaluation.panel() != null
				&& evaluation.panel().includes(caller.username());
	}

	public static boolean isOwnAgency(Caller caller, Evaluation evaluation) {
		return caller.hasRole(PlatformRoles.AGENCY_STAFF)
				&& caller.agencyId().filter(evaluation.subject().agencyId()::equals).isPresent();
	}

}
