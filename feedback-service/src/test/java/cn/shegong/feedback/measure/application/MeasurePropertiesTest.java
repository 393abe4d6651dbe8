package cn.shegong.feedback.measure.application;

import org.junit.jupiter.api.Test;

import cn.shegong.feedback.measure.model.MeasureTargets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeasurePropertiesTest {

	@Test
	void unsetValuesKeepTheDefaults() {
		assertThat(new MeasureProperties(null, null, null).targets()).isEqualTo(MeasureTargets.DEFAULT);
		assertThat(MeasureTargets.DEFAULT).isEqualTo(new MeasureTargets(8500, 8000, 3));
	}

	@Test
	void aCityMaySetItsOwnTargets() {
		assertThat(new MeasureProperties(9000, null, 4).targets()).isEqualTo(new MeasureTargets(9000, 8000, 4));
	}

	@Test
	void targetsThatCannotHoldStopTheStartUp() {
		assertThatThrownBy(() -> new MeasureProperties(0, null, null)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new MeasureProperties(null, 10_001, null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new MeasureProperties(null, null, 6)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new MeasureProperties(null, null, 0)).isInstanceOf(IllegalArgumentException.class);
	}

}
