package cn.shegong.evaluation.rectification.application;

import cn.shegong.evaluation.rectification.model.Rectification;
import cn.shegong.platform.security.Caller;
import cn.shegong.platform.security.PlatformRoles;

/**
 * Who may see and judge a rectification: the agency its own, officers and supervisors
 * their region, admins all; only an admin or the region's procurement officer verifies or
 * returns a report.
 */
public final class RectificationAccess {

	private RectificationAccess() {
	}

	public static boolean mayRead(Caller caller, Rectification r) {
		return mayJudge(caller, r)
				|| (caller.hasRole(PlatformRoles.SUPERVISOR) && caller.governs(r.subject().regionCode()))
				|| isOwnAgency(caller, r);
	}

	public static boolean mayJudge(Caller caller, Rectification r) {
		return caller.hasRole(PlatformRoles.ADMIN)
				|| (caller.hasRole(PlatformRoles.PROCUREMENT_OFFICER) && caller.governs(r.subject().regionCode()));
	}

	public static boolean isOwnAgency(Caller caller, Rectification r) {
		return caller.hasRole(PlatformRoles.AGENCY_STAFF)
				&& caller.agencyId().filter(r.subject().agencyId()::equals).isPresent();
	}

}
