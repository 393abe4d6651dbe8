package cn.shegong.procurement.plan.application;

import java.util.Optional;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.platform.security.Caller;
import cn.shegong.platform.security.PlatformRoles;
import cn.shegong.procurement.registry.model.Region;

/**
 * Which plans a caller may see: an admin sees all; an officer or supervisor sees those of
 * their region claim and the regions inside it (a city officer sees its counties, a
 * county officer never a neighbouring county).
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
			.orElseThrow(() -> ProblemException.forbidden("region-claim-missing",
					"Your account names no region, so it can neither see nor make regional plans"));
	}

	public boolean covers(String regionCode) {
		return this.region.map((own) -> own.contains(Region.of(regionCode))).orElse(true);
	}

}
