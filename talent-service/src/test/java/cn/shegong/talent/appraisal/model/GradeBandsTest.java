package cn.shegong.talent.appraisal.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static cn.shegong.platform.test.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

class GradeBandsTest {

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource({ "100, EXCELLENT", "90, EXCELLENT", "89.99, GOOD", "80, GOOD", "79.99, PASS", "60, PASS", "59.99, FAIL",
			"0, FAIL" })
	void theDefaultBandsGradeLikeProjectEvaluations(String score, AppraisalGrade grade) {
		assertThat(GradeBands.defaults().gradeFor(AppraisalScore.of(score))).isEqualTo(grade);
	}

	@Test
	void aCityMayRaiseThePassMark() {
		GradeBands strict = new GradeBands(AppraisalScore.of("90"), AppraisalScore.of("80"), AppraisalScore.of("70"));

		assertThat(strict.gradeFor(AppraisalScore.of("65"))).isEqualTo(AppraisalGrade.FAIL);
	}

	@Test
	void thresholdsOutOfOrderAreRefused() {
		assertThat(refusalOf(
				() -> new GradeBands(AppraisalScore.of("80"), AppraisalScore.of("90"), AppraisalScore.of("60")))
			.rule()).isEqualTo("appraisal-grade-bands-out-of-order");
	}

	@Test
	void aBetterGradeIsAtLeastAWorseOne() {
		assertThat(AppraisalGrade.GOOD.isAtLeast(AppraisalGrade.PASS)).isTrue();
		assertThat(AppraisalGrade.PASS.isAtLeast(AppraisalGrade.GOOD)).isFalse();
	}

}
