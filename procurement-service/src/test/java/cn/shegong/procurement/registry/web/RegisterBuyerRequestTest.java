package cn.shegong.procurement.registry.web;

import org.junit.jupiter.api.Test;

import cn.shegong.procurement.registry.model.Buyer;
import cn.shegong.procurement.registry.model.BuyerLevel;

import static org.assertj.core.api.Assertions.assertThat;

class RegisterBuyerRequestTest {

	@Test
	void aBlankParentMeansTheBuyerHasNone() {
		Buyer buyer = new RegisterBuyerRequest("B-JX", "嘉兴市民政局", BuyerLevel.CITY, "330400", " ").toBuyer();

		assertThat(buyer.parentBuyerId()).isEmpty();
		assertThat(buyer.region().code()).isEqualTo("330400");
	}

	@Test
	void aNamedParentIsKept() {
		Buyer buyer = new RegisterBuyerRequest("B-HN", "海宁市民政局", BuyerLevel.DISTRICT, "330481", "B-JX").toBuyer();

		assertThat(buyer.parentBuyerId()).contains("B-JX");
	}

}
