package cn.shegong.feedback.station.model;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StationCodeTest {

	@Test
	void theSameProjectAlwaysGetsTheSameSixCharacterCode() {
		assertThat(StationCode.of("prj-2027-maqiao-01", 0)).hasSize(StationCode.LENGTH)
			.isEqualTo(StationCode.of("prj-2027-maqiao-01", 0));
	}

	@Test
	void aRetryAfterACollisionGivesAnotherCode() {
		assertThat(StationCode.of("prj-2027-maqiao-01", 1)).isNotEqualTo(StationCode.of("prj-2027-maqiao-01", 0));
	}

	@Test
	void codesAvoidCharactersThatAreMisreadOnAPoster() {
		for (int i = 0; i < 500; i++) {
			assertThat(StationCode.of("prj-" + i, 0)).doesNotContainPattern("[01OIL]").matches("[2-9A-Z]{6}");
		}
	}

	@Test
	void aThousandProjectsGetAThousandDifferentCodes() {
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			codes.add(StationCode.of("prj-" + i, 0));
		}
		assertThat(codes).hasSize(1000);
	}

	@Test
	void whatAResidentTypesIsComparedWithoutCaseOrBlanks() {
		assertThat(StationCode.normalised("  k7pq3m ")).isEqualTo("K7PQ3M");
		assertThat(StationCode.normalised(null)).isEmpty();
	}

}
