package cn.shegong.procurement.registry.application;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.platform.security.Caller;
import cn.shegong.platform.security.PlatformRoles;
import cn.shegong.procurement.registry.model.Agency;
import cn.shegong.procurement.registry.model.Region;

/**
 * What a caller may see and change in the registry: an officer or supervisor works within
 * the region their token names, an agency only with its own record, an admin everywhere.
 */
final class Jurisdiction {

	private Jurisdiction() {
	}

	static boolean isAdmin(Caller caller) {
		return caller.hasRole(PlatformRoles.ADMIN);
	}

	/** The caller's region, or a refusal for a regional role whose token names none. */
	static Region regionOf(Caller caller) {
		return cn.shegong.procurement.access.Jurisdiction.regionOf(caller);
	}

	/**
	 * Agency staff see only their own agency; anyone else is told it does not exist, so
	 * that other agencies' ids cannot be probed.
	 */
	static void requireMaySee(Caller caller, String agencyId) {
		boolean staffOnly = caller.hasRole(PlatformRoles.AGENCY_STAFF)
				&& !caller.hasAnyRole(PlatformRoles.PROCUREMENT_OFFICER, PlatformRoles.SUPERVISOR, PlatformRoles.ADMIN);
		if (staffOnly && !caller.agencyId().filter(agencyId::equals).isPresent()) {
			throw agencyNotFound(agencyId);
		}
	}

	/**
	 * An officer changes only agencies registered within their region, judged by the
	 * division code inside the agency's credit code (the authority that registered it).
	 */
	static void requireMayChange(Caller caller, Agency agency) {
		if (isAdmin(caller)) {
			return;
		}
		Region callerRegion = regionOf(caller);
		String registeredIn = agency.creditCode().regionCode();
		if (!namesADivision(registeredIn) || !callerRegion.contains(Region.of(registeredIn))) {
			throw ProblemException
				.forbidden(
						"agency-outside-region", "agency %s is registered in %s, outside region %s"
							.formatted(agency.id(), registeredIn, callerRegion.code()),
						agency.id(), registeredIn, callerRegion.code());
		}
	}

	static ProblemException agencyNotFound(String agencyId) {
		return ProblemException.notFound("agency-not-found", "there is no agency %s".formatted(agencyId), agencyId);
	}

	// The standard fixes digits only, so a code may carry 000000, which no region
	// contains.
	private static boolean namesADivision(String code) {
		return !code.matches("0+");
	}

}
