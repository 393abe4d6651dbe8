package cn.shegong.evaluation.dashboard.model;

import static cn.shegong.evaluation.dashboard.model.FinalEvaluations.graded;
import static cn.shegong.evaluation.dashboard.model.FinalEvaluations.ofContract;
import static cn.shegong.evaluation.dashboard.model.FinalEvaluations.withDimensions;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

	@Test
	void aReEvaluationSupersedesTheEvaluationItCorrectsInTheDistributionAndRanking() {
		FinalEvaluation failed = withDimensions("e-1", "a", "2027-03-01", "55.00", Grade.FAIL, "20", "10");
		FinalEvaluation corrected = reEvaluation("e-1-re1", "e-1", "a", "2027-05-01", "78.00", Grade.PASS);

		Dashboard dashboard = Dashboard.of(List.of(failed, corrected), RULES);

		assertThat(dashboard.gradeDistribution()).containsEntry(Grade.FAIL, 0L).containsEntry(Grade.PASS, 1L);
		assertThat(dashboard.ranking().get(0).evaluations()).isEqualTo(1);
		assertThat(dashboard.ranking().get(0).meanScore()).isEqualByComparingTo("78.00");
		assertThat(dashboard.indicatorsMostOftenFailed()).isEmpty();
	}

	@Test
	void theTrendKeepsBothTheCorrectedAndTheCorrectingPointMarked() {
		Dashboard dashboard = Dashboard.of(List.of(graded("e-1", "a", "2027-03-01", "55.00", Grade.FAIL),
				reEvaluation("e-1-re1", "e-1", "a", "2027-05-01", "78.00", Grade.PASS)), RULES);

		List<Dashboard.TrendPoint> points = dashboard.trends().get(0).points();
		assertThat(points).extracting(Dashboard.TrendPoint::evaluationId).containsExactly("e-1", "e-1-re1");
		assertThat(points.get(0).supersededBy()).isEqualTo("e-1-re1");
		assertThat(points.get(1).correctsEvaluationId()).isEqualTo("e-1");
		assertThat(points.get(1).supersededBy()).isNull();
	}

	@Test
	void aBuyersDashboardCountsOnlyTheEvaluationsOfTheContractsItBuys() {
		List<FinalEvaluation> region = List.of(graded("e-1", "a", "2027-03-01", "90.00", Grade.EXCELLENT),
				graded("e-2", "b", "2027-04-01", "70.00", Grade.PASS),
				graded("e-3", "a", "2027-05-01", "80.00", Grade.GOOD));

		Dashboard dashboard = Dashboard.ofBuyer(new BuyerContracts("buyer-1", Set.of("contract-e-1", "contract-e-3")),
				region, RULES);

		assertThat(dashboard.buyerId()).isEqualTo("buyer-1");
		assertThat(dashboard.ranking()).extracting(Dashboard.AgencyRank::agencyId).containsExactly("a");
		assertThat(dashboard.ranking().get(0).evaluations()).isEqualTo(2);
		assertThat(dashboard.gradeDistribution()).containsEntry(Grade.PASS, 0L).containsEntry(Grade.GOOD, 1L);
		assertThat(Dashboard.of(region, RULES).buyerId()).isNull();
	}

	@Test
	void aBuyersReEvaluationStillSupersedesTheEvaluationItCorrects() {
		List<FinalEvaluation> region = List.of(graded("e-1", "a", "2027-03-01", "55.00", Grade.FAIL),
				reEvaluation("e-1-re1", "e-1", "a", "2027-05-01", "78.00", Grade.PASS),
				ofContract(graded("e-9", "a", "2027-04-01", "99.00", Grade.EXCELLENT), "contract-of-another-buyer"));

		Dashboard dashboard = Dashboard.ofBuyer(new BuyerContracts("buyer-1", Set.of("contract-e-1")), region, RULES);

		assertThat(dashboard.gradeDistribution()).containsEntry(Grade.PASS, 1L)
			.containsEntry(Grade.FAIL, 0L)
			.containsEntry(Grade.EXCELLENT, 0L);
		assertThat(dashboard.trends().get(0).points()).extracting(Dashboard.TrendPoint::evaluationId)
			.containsExactly("e-1", "e-1-re1");
	}

	@Test
	void aBuyerWithNoContractsHasAnEmptyDashboard() {
		Dashboard dashboard = Dashboard.ofBuyer(new BuyerContracts("buyer-elsewhere", Set.of()),
				List.of(graded("e-1", "a", "2027-03-01", "90.00", Grade.EXCELLENT)), RULES);

		assertThat(dashboard.ranking()).isEmpty();
		assertThat(dashboard.trends()).isEmpty();
		assertThat(dashboard.gradeDistribution().values()).containsOnly(0L);
	}

	private static FinalEvaluation reEvaluation(String id, String corrects, String agencyId, String finalizedOn,
			String score, Grade grade) {
		FinalEvaluation e = graded(id, agencyId, finalizedOn, score, grade);
		return new FinalEvaluation(e.evaluationId(), "contract-" + corrects, e.agencyId(), "RE_EVALUATION",
				e.finalizedOn(), e.score(), e.grade(), e.dimensions(), corrects);
	}

}
