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
				&& caller.region().map((region) -> regionContains(region, contract.regionCode())).orElse(false);
	}

	static boolean isContractedAgencyHr(Caller caller, StaffedContract contract) {
		return caller.hasRole(PlatformRoles.AGENCY_HR)
				&& caller.agencyId().filter(contract.agencyId()::equals).isPresent();
	}

	/**
	 * A six-digit division code (GB/T 2260) names the largest unit its non-zero digit
	 * pairs reach, so 330400 (a city) contains 330481 (one of its counties); a nine-digit
	 * town code contains only itself. Procurement decides jurisdiction the same way.
	 */
	static boolean regionContains(String region, String other) {
		if (other == null) {
			return false;
		}
		String prefix = region;
		while (region.length() == 6 && prefix.endsWith("00")) {
			prefix = prefix.substring(0, prefix.length() - 2);
		}
		return !prefix.isEmpty() && other.startsWith(prefix);
	}

}
