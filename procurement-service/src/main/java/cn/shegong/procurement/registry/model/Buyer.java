package cn.shegong.procurement.registry.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A 购买主体: the civil-affairs or finance office of a city, district or town that buys
 * services, with the region it answers for and, below the city, the buyer above it.
 * <p>
 * Level and code length are deliberately not tied together: a town buyer may be
 * registered with its county's six-digit code where the nine-digit town code is not at
 * hand, and a city without districts has towns directly beneath it.
 */
public record Buyer(String id, String name, BuyerLevel level, Region region, Optional<String> parentBuyerId) {

	public Buyer {
		id = RequiredText.require(id, "buyer id");
		name = RequiredText.require(name, "buyer name");
		Objects.requireNonNull(level, "level");
		Objects.requireNonNull(region, "region");
		parentBuyerId = Objects.requireNonNull(parentBuyerId, "parentBuyerId")
			.map((parent) -> RequiredText.require(parent, "parent buyer id"));
	}

	/** True when the given region lies within this buyer's jurisdiction. */
	public boolean jurisdictionContains(Region other) {
		return this.region.contains(other);
	}

}
