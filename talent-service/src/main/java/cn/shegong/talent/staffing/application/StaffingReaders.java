package cn.shegong.talent.staffing.application;

import java.util.Set;
import java.util.function.Supplier;

import cn.shegong.platform.security.Caller;
import cn.shegong.platform.security.PlatformRoles;
import cn.shegong.talent.staffing.model.StaffedContract;

/**
 * Who may read a contract's staffing assessment (figures only, no personal data): the
 * contracted agency's HR, officers and supervisors whose region contains the contract's,
 * the evaluators assigned to evaluate it (also after the evaluation ends), and admins.
 * Everyone else, an unassigned evaluator too, is told the contract does not exist.
 */
final class StaffingReaders {

	private StaffingReaders() {
	}

	/**
	 * @param assignedEvaluators the usernames on the panels of the contract's evaluations
	 */
	static boolean mayRead(Caller caller, StaffedContract contract, Set<String> assignedEvaluators) {
		return mayRead(caller, contract, () -> assignedEvaluators);
	}

	/**
	 * As above, reading the panels only for an evaluator: nobody else needs them, so an
	 * officer's or HR's read costs no query of the panels.
	 */
	static boolean mayRead(Caller caller, StaffedContract contract, Supplier<Set<String>> assignedEvaluators) {
		if (caller.hasRole(PlatformRoles.ADMIN)) {
			return true;
		}
		if (isAssignedEvaluator(caller, assignedEvaluators) || isContractedAgencyHr(caller, contract)) {
			return true;
		}
		return caller.hasAnyRole(PlatformRoles.PROCUREMENT_OFFICER, PlatformRoles.SUPERVISOR)
				&& caller.governs(contract.regionCode());
	}

	/** An evaluator reads the staffing of a contract only while on one of its panels. */
	static boolean isAssignedEvaluator(Caller caller, Supplier<Set<String>> assignedEvaluators) {
		return caller.hasRole(PlatformRoles.EVALUATOR) && assignedEvaluators.get().contains(caller.username());
	}

	static boolean isContractedAgencyHr(Caller caller, StaffedContract contract) {
		return caller.hasRole(PlatformRoles.AGENCY_HR)
				&& caller.agencyId().filter(contract.agencyId()::equals).isPresent();
	}

}
