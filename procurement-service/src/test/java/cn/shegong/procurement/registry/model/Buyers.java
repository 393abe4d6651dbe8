package cn.shegong.procurement.registry.model;

import java.util.Optional;

/** Buyers of the Jiaxing / Haining fixtures. */
final class Buyers {

	private Buyers() {
	}

	static Buyer jiaxingCity() {
		return new Buyer("B-JX", "嘉兴市民政局", BuyerLevel.CITY, Region.of("330400"), Optional.empty());
	}

	static Buyer hainingDistrict() {
		return new Buyer("B-HN", "海宁市民政局", BuyerLevel.DISTRICT, Region.of("330481"), Optional.of("B-JX"));
	}

	static Buyer hainingTown() {
		return new Buyer("B-HN-101", "海宁市某街道办事处", BuyerLevel.TOWN, Region.of("330481101"), Optional.of("B-HN"));
	}

}
