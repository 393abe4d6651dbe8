package cn.shegong.procurement.registry.web;

import cn.shegong.procurement.registry.model.Buyer;
import cn.shegong.procurement.registry.model.BuyerLevel;

/** A buyer; {@code parentBuyerId} is null for a buyer at the top. */
record BuyerResponse(String id, String name, BuyerLevel level, String regionCode, String parentBuyerId) {

	static BuyerResponse of(Buyer buyer) {
		return new BuyerResponse(buyer.id(), buyer.name(), buyer.level(), buyer.region().code(),
				buyer.parentBuyerId().orElse(null));
	}

}
