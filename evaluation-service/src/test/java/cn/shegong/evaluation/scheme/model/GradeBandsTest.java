package cn.shegong.evaluation.scheme.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class GradeBandsTest {

	private final GradeBands bands = GradeBands.defaults();

	private Grade gradeOf(String score) {
		return this.bands.gradeOf(new BigDecimal(score));
	}

	@Test
	void exactly90IsExcellent() {
		assertThat(gradeOf("90.00")).isEqualTo(Grade.EXCELLENT);
		assertThat(Grade.EXCELLENT.chineseName()).isEqualTo("优秀");
	}

	@Test
	void justBelow90IsGood() {
		assertThat(gradeOf("89.99")).isEqualTo(Grade.GOOD);
		assertThat(Grade.GOOD.chineseName()).isEqualTo("良好");
	}

	@Test
	void exactly80IsGoodAndJustBelowIsAPass() {
		assertThat(gradeOf("80.00")).isEqualTo(Grade.GOOD);
		assertThat(gradeOf("79.99")).isEqualTo(Grade.PASS);
	}

	@Test
	void exactly60IsAPass() {
		assertThat(gradeOf("60.00")).isEqualTo(Grade.PASS);
		assertThat(Grade.PASS.chineseName()).isEqualTo("合格");
	}

	@Test
	void justBelow60Fails() {
		assertThat(gradeOf("59.99")).isEqualTo(Grade.FAIL);
		assertThat(Grade.FAIL.chineseName()).isEqualTo("不合格");
	}

	@Test
	void aCityMayMoveTheThresholds() {
		GradeBands strict = new GradeBands(BigDecimal.valueOf(95), BigDecimal.valueOf(85), BigDecimal.valueOf(70));

		assertThat(strict.gradeOf(new BigDecimal("94.99"))).isEqualTo(Grade.GOOD);
		assertThat(strict.gradeOf(new BigDecimal("69.99"))).isEqualTo(Grade.FAIL);
	}

}
