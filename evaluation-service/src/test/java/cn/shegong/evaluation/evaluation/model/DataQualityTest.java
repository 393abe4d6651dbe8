package cn.shegong.evaluation.evaluation.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Floor 8000 basis points (80%), the default. */
class DataQualityTest {

	@Test
	void exactlyAtTheFloorTheLeafKeepsItsScore() {
		DataQuality quality = DataQuality.of(8, 2, 5, 8000);

		assertThat(quality.figure()).hasValueSatisfying((f) -> assertThat(f).isEqualByComparingTo("0.8000"));
		assertThat(quality.zeroesDataQualityLeaf()).isFalse();
	}

	@Test
	void justBelowTheFloorTheLeafScoresZero() {
		DataQuality quality = DataQuality.of(7, 2, 0, 8000);

		assertThat(quality.figure()).hasValueSatisfying((f) -> assertThat(f).isEqualByComparingTo("0.7778"));
		assertThat(quality.zeroesDataQualityLeaf()).isTrue();
	}

	@Test
	void aFigureThatRoundsUpToTheFloorStillFallsBelowIt() {
		// 3999 / 4999 = 0.79996 rounds to 0.8000 but is below 80%.
		assertThat(DataQuality.of(3999, 1000, 0, 8000).zeroesDataQualityLeaf()).isTrue();
	}

	@Test
	void withNobodyAnsweringThereIsNoFigureAndTheLeafIsNotZeroed() {
		DataQuality quality = DataQuality.of(0, 0, 6, 8000);

		assertThat(quality.figure()).isEmpty();
		assertThat(quality.zeroesDataQualityLeaf()).isFalse();
	}

	@Test
	void allConfirmedIsAFigureOfOne() {
		assertThat(DataQuality.of(6, 0, 0, 8000).figure())
			.hasValueSatisfying((f) -> assertThat(f).isEqualByComparingTo("1"));
	}

}
