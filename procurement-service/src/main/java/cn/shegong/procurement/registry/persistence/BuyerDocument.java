package cn.shegong.procurement.registry.persistence;

import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.shegong.procurement.registry.model.Buyer;
import cn.shegong.procurement.registry.model.BuyerLevel;
import cn.shegong.procurement.registry.model.Region;

/** A buyer as stored. */
@Document(BuyerDocument.COLLECTION)
record BuyerDocument(@Id String id, String name, BuyerLevel level, String regionCode, String parentBuyerId,
		@Version Long version) {

	static final String COLLECTION = "buyers";

	static BuyerDocument of(Buyer buyer) {
		return new BuyerDocument(buyer.id(), buyer.name(), buyer.level(), buyer.region().code(),
				buyer.parentBuyerId().orElse(null), null);
	}

	Buyer toBuyer() {
		return new Buyer(this.id, this.name, this.level, Region.of(this.regionCode),
				Optional.ofNullable(this.parentBuyerId));
	}

}
