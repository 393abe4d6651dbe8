package cn.shegong.procurement.access;

import cn.shegong.platform.security.Caller;
import cn.shegong.platform.security.PlatformRoles;
import cn.shegong.procurement.registry.model.Region;

/**
 * Who may see or change a buyer-side record of a region: officers act within their own
 * region, supervisors read within theirs, admins see everything [DOMAIN §1]. A caller who
 * may not see a record is told it does not exist, so ids of other regions leak nothing.
 */
public final class RegionAccess {

	private RegionAccess() {
	}

	public static boolean mayRead(Caller caller, String regionCode) {
		if (caller.hasRole(PlatformRoles.ADMIN)) {
			return true;
		}
		return caller.hasAnyRole(PlatformRoles.PROCUREMENT_OFFICER, PlatformRoles.SUPERVISOR)
				&& within(caller, regionCode);
	}

	public static boolean mayChange(Caller caller, String regionCode) {
		return caller.hasRole(PlatformRoles.PROCUREMENT_OFFICER) && within(caller, regionCode);
	}

	private static boolean within(Caller caller, String regionCode) {
		return caller.region().map((own) -> Region.of(own).contains(Region.of(regionCode))).orElse(false);
	}

}
