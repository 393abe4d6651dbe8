package cn.shegong.procurement.registry.model;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.shegong.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BuyerTest {

	@Test
	void districtBuyerOverseesItsTownsButNotItsCity() {
		Buyer district = Buyers.hainingDistrict();

		assertThat(district.jurisdictionContains(Buyers.hainingTown().region())).isTrue();
		assertThat(district.jurisdictionContains(Buyers.jiaxingCity().region())).isFalse();
	}

	@Test
	void cityBuyerHasNoParentAndTownBuyerNamesItsDistrict() {
		assertThat(Buyers.jiaxingCity().parentBuyerId()).isEmpty();
		assertThat(Buyers.hainingTown().parentBuyerId()).contains("B-HN");
	}

	@Test
	void blankNameIsRefused() {
		assertThatThrownBy(() -> new Buyer("B-1", " ", BuyerLevel.CITY, Region.of("330400"), Optional.empty()))
			.isInstanceOf(ProblemException.class)
			.hasMessageContaining("buyer name must not be blank");
	}

	@Test
	void blankParentIdIsRefusedRatherThanTakenForNoParent() {
		assertThatThrownBy(() -> new Buyer("B-1", "x", BuyerLevel.TOWN, Region.of("330481101"), Optional.of("")))
			.isInstanceOf(ProblemException.class)
			.hasMessageContaining("parent buyer id must not be blank");
	}

}
