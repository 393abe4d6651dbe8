package cn.shegong.talent.staffing.application;

import cn.shegong.platform.security.Caller;
import cn.shegong.platform.security.PlatformRoles;
import cn.shegong.talent.staffing.model.StaffedContract;

/**
 * Who may read a contract's staffing assessment (figures only, no personal data): the
 * contracted agency's HR, officers and supervisors whose region contains the contract's,
 * evaluators, and admins. Everyone else is told the contract does not exist.
 */
final class StaffingReaders {

	private StaffingReaders() {
	}

	static boolean mayRead(Caller caller, StaffedContract contract) {
		if (caller.hasAnyRole(PlatformRoles.ADMIN, PlatformRoles.EVALUATOR)) {
			return true;
		}
		if (isContractedAgencyHr(caller, contract)) {
			return true;
		}
		return caller.hasAnyRole(PlatformRoles.PROCUREMENT_OFFICER, PlatformRoles.SUPERVISOR)
				&& caller.governs(contract.regionCode());
	}

	static boolean isContractedAgencyHr(Caller caller, StaffedContract contract) {
		return caller.hasRole(PlatformRoles.AGENCY_HR)
				&& caller.agencyId().filter(contract.agencyId()::equals).isPresent();
	}

}
