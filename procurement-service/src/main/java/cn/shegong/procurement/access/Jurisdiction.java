package cn.shegong.procurement.access;

import java.util.Optional;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.platform.security.Caller;
import cn.shegong.platform.security.PlatformRoles;
import cn.shegong.procurement.registry.model.Region;

/**
 * Which regional records (plans, projects, tenders …) a caller may see: an admin sees
 * all; an officer or supervisor sees those of their region claim and the regions inside
 * it (a city officer sees its counties, a county officer never a neighbouring county).
 * Only officers change them, within their region; supervisors read [DOMAIN §1].
 */
public final class Jurisdiction {

	private final Optional<Region> region;

	private Jurisdiction(Optional<Region> region) {
		this.region = region;
	}

	public static Jurisdiction of(Caller caller) {
		if (caller.hasRole(PlatformRoles.ADMIN)) {
			return new Jurisdiction(Optional.empty());
		}
		return new Jurisdiction(Optional.of(regionOf(caller)));
	}

	/** The caller's own region, in which their plans are made. */
	public static Region regionOf(Caller caller) {
		return caller.region()
			.map(Region::of)
			.orElseThrow(() -> ProblemException.forbidden("caller-without-region",
					"Your account names no region, so it has no jurisdiction to see or change regional records"));
	}

	public boolean covers(String regionCode) {
		return this.region.map((own) -> own.contains(Region.of(regionCode))).orElse(true);
	}

	/**
	 * Whether the caller may read a regional record; a caller who may not is told it does
	 * not exist.
	 */
	public static boolean mayRead(Caller caller, String regionCode) {
		if (caller.hasRole(PlatformRoles.ADMIN)) {
			return true;
		}
		return caller.hasAnyRole(PlatformRoles.PROCUREMENT_OFFICER, PlatformRoles.SUPERVISOR)
				&& of(caller).covers(regionCode);
	}

	/**
	 * Whether the caller may change a regional record: officers only, within their
	 * region.
	 */
	public static boolean mayChange(Caller caller, String regionCode) {
		return caller.hasRole(PlatformRoles.PROCUREMENT_OFFICER) && of(caller).covers(regionCode);
	}

}
