package cn.shegong.evaluation.dashboard.model;

import static cn.shegong.evaluation.dashboard.model.FinalEvaluations.graded;
import static cn.shegong.evaluation.dashboard.model.FinalEvaluations.withDimensions;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.shegong.evaluation.scheme.model.Grade;

class DashboardTest {

	static final DashboardRules RULES = DashboardRules.defaults();

	@Test
	void anEmptyPeriodShowsEveryGradeAtZeroAndNothingElse() {
		Dashboard dashboard = Dashboard.of(List.of(), RULES);

		assertThat(dashboard.gradeDistribution())
			.isEqualTo(Map.of(Grade.EXCELLENT, 0L, Grade.GOOD, 0L, Grade.PASS, 0L, Grade.FAIL, 0L));
		assertThat(dashboard.ranking()).isEmpty();
		assertThat(dashboard.indicatorsMostOftenFailed()).isEmpty();
		assertThat(dashboard.trends()).isEmpty();
	}

	@Test
	void aVetoedResultWithAHighScoreCountsAsFailInTheDistribution() {
		Grade vetoed = FinalEvaluation.gradeOf("EXCELLENT", true);
		Dashboard dashboard = Dashboard.of(List.of(graded("e-1", "a", "2027-03-01", "93.00", vetoed),
				graded("e-2", "b", "2027-03-02", "85.00", FinalEvaluation.gradeOf("GOOD", false))), RULES);

		assertThat(vetoed).isEqualTo(Grade.FAIL);
		assertThat(dashboard.gradeDistribution())
			.isEqualTo(Map.of(Grade.EXCELLENT, 0L, Grade.GOOD, 1L, Grade.PASS, 0L, Grade.FAIL, 1L));
		assertThat(dashboard.ranking().get(0).lastGrade()).isEqualTo(Grade.FAIL);
	}

	@Test
	void agenciesRankByMeanScoreRoundedHalfUpToTwoDecimals() {
		Dashboard dashboard = Dashboard.of(List.of(graded("e-1", "a", "2027-03-01", "80.00", Grade.GOOD),
				graded("e-2", "a", "2027-06-01", "80.00", Grade.GOOD),
				graded("e-3", "a", "2027-09-01", "80.01", Grade.GOOD),
				graded("e-4", "b", "2027-03-01", "80.005", Grade.GOOD),
				graded("e-5", "c", "2027-03-01", "79.995", Grade.PASS)), RULES);

		assertThat(dashboard.ranking()).extracting(Dashboard.AgencyRank::agencyId).containsExactly("b", "a", "c");
		assertThat(dashboard.ranking()).extracting(Dashboard.AgencyRank::meanScore)
			.containsExactly(new BigDecimal("80.01"), new BigDecimal("80.00"), new BigDecimal("80.00"));
		assertThat(dashboard.ranking().get(1).evaluations()).isEqualTo(3);
	}

	@Test
	void agenciesWithTheSameMeanRankByTheirId() {
		Dashboard dashboard = Dashboard.of(List.of(graded("e-1", "zhi", "2027-03-01", "88.00", Grade.GOOD),
				graded("e-2", "an", "2027-03-01", "88.00", Grade.GOOD),
				graded("e-3", "mu", "2027-03-01", "91.00", Grade.EXCELLENT)), RULES);

		assertThat(dashboard.ranking()).extracting(Dashboard.AgencyRank::agencyId).containsExactly("mu", "an", "zhi");
	}

	@Test
	void theLastGradeIsTheGradeOfTheLatestFinalEvaluation() {
		Dashboard dashboard = Dashboard.of(List.of(graded("e-2", "a", "2027-09-01", "58.00", Grade.FAIL),
				graded("e-1", "a", "2027-03-01", "92.00", Grade.EXCELLENT)), RULES);

		assertThat(dashboard.ranking().get(0).lastGrade()).isEqualTo(Grade.FAIL);
	}

	@Test
	void aDimensionBelowSixtyPercentOfItsMaximumFailedAndExactlySixtyPercentPassed() {
		Dashboard dashboard = Dashboard
			.of(List.of(withDimensions("e-1", "a", "2027-03-01", "70", Grade.PASS, "23.99", "12"),
					withDimensions("e-2", "b", "2027-03-01", "70", Grade.PASS, "24", "11.99"),
					withDimensions("e-3", "c", "2027-03-01", "50", Grade.FAIL, "10", "5")), RULES);

		assertThat(dashboard.indicatorsMostOftenFailed()).containsExactly(
				new Dashboard.FailedIndicator("1", "服务成效", 2, 3), new Dashboard.FailedIndicator("2", "项目管理", 2, 3));
	}

	@Test
	void indicatorsFailedMoreOftenComeFirstAndOnesNeverFailedAreLeftOut() {
		Dashboard dashboard = Dashboard
			.of(List.of(withDimensions("e-1", "a", "2027-03-01", "70", Grade.PASS, "36", "5"),
					withDimensions("e-2", "b", "2027-03-01", "70", Grade.PASS, "36", "5"),
					withDimensions("e-3", "c", "2027-03-01", "60", Grade.PASS, "20", "5")), RULES);

		assertThat(dashboard.indicatorsMostOftenFailed()).containsExactly(
				new Dashboard.FailedIndicator("2", "项目管理", 3, 3), new Dashboard.FailedIndicator("1", "服务成效", 1, 3));
	}

	@Test
	void theFailureThresholdAndTheNumberOfIndicatorsShownAreConfigurable() {
		Dashboard dashboard = Dashboard.of(
				List.of(withDimensions("e-1", "a", "2027-03-01", "80", Grade.GOOD, "30", "11")),
				new DashboardRules(80, 1));

		assertThat(dashboard.indicatorsMostOftenFailed())
			.containsExactly(new Dashboard.FailedIndicator("1", "服务成效", 1, 1));
	}

	@Test
	void eachAgencysTrendListsItsScoresOldestFirst() {
		Dashboard dashboard = Dashboard.of(List.of(graded("e-3", "a", "2027-09-01", "91.00", Grade.EXCELLENT),
				graded("e-1", "a", "2027-03-01", "75.00", Grade.PASS),
				graded("e-2", "b", "2027-06-01", "82.00", Grade.GOOD)), RULES);

		assertThat(dashboard.trends()).extracting(Dashboard.AgencyTrend::agencyId).containsExactly("a", "b");
		assertThat(dashboard.trends().get(0).points()).extracting(Dashboard.TrendPoint::evaluationId)
			.containsExactly("e-1", "e-3");
		assertThat(dashboard.trends().get(0).points().get(1).score()).isEqualByComparingTo("91.00");
	}

}
