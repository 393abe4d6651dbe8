package cn.shegong.procurement.registry.web;

import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import cn.shegong.procurement.registry.model.Buyer;
import cn.shegong.procurement.registry.model.BuyerLevel;
import cn.shegong.procurement.registry.model.Region;

/** A buyer to record; a city buyer names no parent. */
record RegisterBuyerRequest(@NotBlank String id, @NotBlank String name, @NotNull BuyerLevel level,
		@NotBlank String regionCode, String parentBuyerId) {

	Buyer toBuyer() {
		Optional<String> parent = Optional.ofNullable(this.parentBuyerId).filter((id) -> !id.isBlank());
		return new Buyer(this.id, this.name, this.level, Region.of(this.regionCode), parent);
	}

}
