package cn.shegong.procurement.payment.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GradeTest {

	@Test
	void gradesCarryTheirChineseNamesBestFirst() {
		assertThat(Grade.values()).extracting(Grade::label).containsExactly("优秀", "良好", "合格", "不合格");
	}

	@Test
	void passIsAtLeastPassButFailIsNot() {
		assertThat(Grade.EXCELLENT.isAtLeast(Grade.PASS)).isTrue();
		assertThat(Grade.PASS.isAtLeast(Grade.PASS)).isTrue();
		assertThat(Grade.FAIL.isAtLeast(Grade.PASS)).isFalse();
		assertThat(Grade.PASS.isAtLeast(Grade.GOOD)).isFalse();
	}

}
