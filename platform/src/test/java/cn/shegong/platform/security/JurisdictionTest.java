package cn.shegong.platform.security;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JurisdictionTest {

	@Test
	void aCityContainsItsCountiesAndAProvinceItsCities() {
		assertThat(Jurisdiction.contains("330400", "330481")).isTrue();
		assertThat(Jurisdiction.contains("330000", "330481")).isTrue();
		assertThat(Jurisdiction.contains("330481", "330481")).isTrue();
	}

	@Test
	void aCountyDoesNotContainItsNeighbourNorItsCity() {
		assertThat(Jurisdiction.contains("330481", "330483")).isFalse();
		assertThat(Jurisdiction.contains("330481", "330400")).isFalse();
		assertThat(Jurisdiction.contains("330400", "110105")).isFalse();
	}

	@Test
	void aTownCodeContainsOnlyItselfAndNothingIsContainedInAMissingRegion() {
		assertThat(Jurisdiction.contains("330481001", "330481001")).isTrue();
		assertThat(Jurisdiction.contains("330481001", "330481002")).isFalse();
		assertThat(Jurisdiction.contains("330481", null)).isFalse();
	}

	@Test
	void aCallerWithoutARegionGovernsNothing() {
		Caller noRegion = new Caller("s", "u", Set.of("procurement-officer"), Optional.empty(), Optional.empty(),
				Optional.empty());
		Caller haining = new Caller("s", "u", Set.of("procurement-officer"), Optional.empty(), Optional.empty(),
				Optional.of("330481"));
		assertThat(noRegion.governs("330481")).isFalse();
		assertThat(haining.governs("330481")).isTrue();
	}

}
