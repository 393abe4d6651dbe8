package cn.shegong.procurement.registry.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.shegong.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegionTest {

	private static final Region JIAXING_CITY = Region.of("330400");

	private static final Region HAINING_COUNTY = Region.of("330481");

	private static final Region HAINING_TOWN = Region.of("330481101");

	@Test
	void cityContainsItsCountiesAndTheirTowns() {
		assertThat(JIAXING_CITY.contains(HAINING_COUNTY)).isTrue();
		assertThat(JIAXING_CITY.contains(HAINING_TOWN)).isTrue();
	}

	@Test
	void countyContainsItsTowns() {
		assertThat(HAINING_COUNTY.contains(HAINING_TOWN)).isTrue();
	}

	@Test
	void everyRegionContainsItself() {
		assertThat(JIAXING_CITY.contains(JIAXING_CITY)).isTrue();
		assertThat(HAINING_TOWN.contains(HAINING_TOWN)).isTrue();
	}

	@Test
	void smallerRegionDoesNotContainTheLargerOne() {
		assertThat(HAINING_TOWN.contains(HAINING_COUNTY)).isFalse();
		assertThat(HAINING_COUNTY.contains(JIAXING_CITY)).isFalse();
	}

	@Test
	void neighbouringRegionsDoNotContainEachOther() {
		assertThat(JIAXING_CITY.contains(Region.of("330100"))).isFalse();
		assertThat(HAINING_COUNTY.contains(Region.of("330482102"))).isFalse();
	}

	@Test
	void provinceContainsEverythingInIt() {
		assertThat(Region.of("330000").contains(HAINING_TOWN)).isTrue();
	}

	@Test
	void townOfACityWithoutDistrictsIsNotWidenedToTheCity() {
		Region dongguanTown = Region.of("441900003");

		assertThat(Region.of("441900").contains(dongguanTown)).isTrue();
		assertThat(dongguanTown.contains(Region.of("441900004"))).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "33048", "3304811", "3304810011", "33O481", "", "330481000", "000000" })
	void malformedCodesAreRefused(String code) {
		assertThatThrownBy(() -> Region.of(code)).isInstanceOf(ProblemException.class)
			.hasMessageContaining(code)
			.extracting((ex) -> ((ProblemException) ex).rule())
			.isEqualTo("invalid-region-code");
	}

}
