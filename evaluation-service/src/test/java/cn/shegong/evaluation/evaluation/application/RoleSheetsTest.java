package cn.shegong.evaluation.evaluation.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.shegong.evaluation.evaluation.model.ScoreSheet;
import cn.shegong.evaluation.figure.model.Figure;
import cn.shegong.evaluation.figure.model.FigureSource;
import cn.shegong.evaluation.scheme.model.DataSource;
import cn.shegong.evaluation.scheme.model.DefaultSchemes;
import cn.shegong.evaluation.scheme.model.IndicatorScheme;
import cn.shegong.evaluation.scheme.model.ScorerRole;
import cn.shegong.evaluation.scoring.model.FinanceCheck;
import cn.shegong.evaluation.scheme.model.Grade;
import cn.shegong.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoleSheetsTest {

	static final IndicatorScheme SCHEME = DefaultSchemes.townshipStation();

	static final LocalDate DAY = LocalDate.of(2027, 7, 1);

	@Test
	void automaticLeavesAreFilledFromTheLatestFigureWithItsSource() {
		List<AutomaticIndicator> filled = AutomaticIndicator.fill(SCHEME, allFigures());

		AutomaticIndicator satisfaction = filled.stream().filter((a) -> a.code().equals("3.1.1")).findFirst().get();
		assertThat(satisfaction.figure()).isEqualByComparingTo("72.50");
		// linear from 60 (nothing) to 85 (16 points): 12.5 / 25 × 16 = 8
		assertThat(satisfaction.score()).isEqualByComparingTo("8.00");
		assertThat(satisfaction.eventId()).isEqualTo("evt-SATISFACTION_RATE");
	}

	@Test
	void theDataQualityLeafIsFilledFromTheCallbacksAndContradictionsLowerIt() {
		Map<DataSource, Figure> figures = allFigures();
		assertThat(dataQualityScore(figures)).as("all confirmed").isEqualByComparingTo("10.00");
		figure(figures, DataSource.DATA_QUALITY, "83.33");
		// linear from the 80% floor (nothing) to 100% (10 points): 3.33 / 20 × 10
		assertThat(dataQualityScore(figures)).as("5 of 6 confirmed").isEqualByComparingTo("1.67");
		figure(figures, DataSource.DATA_QUALITY, "75.00");
		assertThat(dataQualityScore(figures)).as("below the floor").isEqualByComparingTo("0.00");
	}

	@Test
	void aSheetMayNotScoreTheLeafTheCallbacksFillEvenBeforeTheyAreAnswered() {
		Map<DataSource, Figure> figures = allFigures();
		figures.remove(DataSource.DATA_QUALITY);
		List<AutomaticIndicator> filled = AutomaticIndicator.fill(SCHEME, figures);
		Map<String, BigDecimal> scores = thirdPartyHandScores();
		scores.put("3.2.1", new BigDecimal("9"));

		assertThat(RoleSheets.handScored(SCHEME, ScorerRole.THIRD_PARTY, filled)).doesNotContain("3.2.1");
		assertThatThrownBy(() -> RoleSheets.check(SCHEME, ScorerRole.THIRD_PARTY, sheet("e1", scores), filled))
			.isInstanceOfSatisfying(ProblemException.class,
					(ex) -> assertThat(ex.rule()).isEqualTo("leaf-filled-from-callbacks"));
		RoleSheets.check(SCHEME, ScorerRole.THIRD_PARTY, sheet("e1", thirdPartyHandScores()), filled);
	}

	@Test
	void consolidationWaitsUntilACallbackConfirmedOrContradictedARecord() {
		Map<DataSource, Figure> figures = allFigures();
		figures.remove(DataSource.DATA_QUALITY);
		List<AutomaticIndicator> filled = AutomaticIndicator.fill(SCHEME, figures);

		assertThatThrownBy(() -> RoleSheets.consolidate(SCHEME, List.of(sheet("e1", thirdPartyHandScores())),
				sheet("officer", buyerHandScores()), filled))
			.isInstanceOfSatisfying(ProblemException.class,
					(ex) -> assertThat(ex.rule()).isEqualTo("callbacks-not-answered"));
	}

	private static BigDecimal dataQualityScore(Map<DataSource, Figure> figures) {
		return AutomaticIndicator.fill(SCHEME, figures)
			.stream()
			.filter((a) -> a.code().equals("3.2.1"))
			.findFirst()
			.orElseThrow()
			.score();
	}

	@Test
	void aSheetMayNotScoreALeafAFigureFills() {
		List<AutomaticIndicator> filled = AutomaticIndicator.fill(SCHEME, allFigures());
		Map<String, BigDecimal> scores = thirdPartyHandScores();
		scores.put("1.1.1", new BigDecimal("8"));

		assertThatThrownBy(() -> RoleSheets.check(SCHEME, ScorerRole.THIRD_PARTY, sheet("e1", scores), filled))
			.isInstanceOfSatisfying(ProblemException.class,
					(ex) -> assertThat(ex.rule()).isEqualTo("leaf-filled-from-figure"));
	}

	@Test
	void anAutomaticLeafWithoutItsFigureIsScoredByHand() {
		Map<DataSource, Figure> figures = allFigures();
		figures.remove(DataSource.CERTIFIED_RATIO);
		List<AutomaticIndicator> filled = AutomaticIndicator.fill(SCHEME, figures);
		Map<String, BigDecimal> scores = thirdPartyHandScores();
		scores.put("1.1.2", new BigDecimal("5"));

		assertThat(RoleSheets.handScored(SCHEME, ScorerRole.THIRD_PARTY, filled)).containsExactly("1.1.2", "1.2.1",
				"1.2.2", "2.1.1");
		RoleSheets.check(SCHEME, ScorerRole.THIRD_PARTY, sheet("e1", scores), filled);
	}

	@Test
	void serviceUsersLeavesWithoutTheirFigureCannotBeConsolidated() {
		Map<DataSource, Figure> figures = allFigures();
		figures.remove(DataSource.AWARENESS_RATE);
		List<AutomaticIndicator> filled = AutomaticIndicator.fill(SCHEME, figures);

		assertThatThrownBy(() -> RoleSheets.consolidate(SCHEME, List.of(sheet("e1", thirdPartyHandScores())),
				sheet("officer", buyerHandScores()), filled))
			.isInstanceOfSatisfying(ProblemException.class,
					(ex) -> assertThat(ex.rule()).isEqualTo("service-users-figure-missing"));
	}

	@Test
	void theBuyersLeavesNeedTheBuyersSheet() {
		List<AutomaticIndicator> filled = AutomaticIndicator.fill(SCHEME, allFigures());

		assertThatThrownBy(
				() -> RoleSheets.consolidate(SCHEME, List.of(sheet("e1", thirdPartyHandScores())), null, filled))
			.isInstanceOfSatisfying(ProblemException.class,
					(ex) -> assertThat(ex.rule()).isEqualTo("role-sheet-missing"));
	}

	@Test
	void consolidationAveragesSheetsFlagsSpreadsAndGivesTheCompositeAndDimensions() {
		List<AutomaticIndicator> filled = AutomaticIndicator.fill(SCHEME, allFigures());
		Map<String, BigDecimal> low = thirdPartyHandScores();
		low.put("2.1.1", new BigDecimal("1"));

		ScoringOutcome outcome = RoleSheets.consolidate(SCHEME,
				List.of(sheet("e1", thirdPartyHandScores()), sheet("e2", low)), sheet("officer", buyerHandScores()),
				filled);

		RoleResult thirdParty = outcome.roles()
			.stream()
			.filter((r) -> r.role() == ScorerRole.THIRD_PARTY)
			.findFirst()
			.get();
		assertThat(thirdParty.sheetCount()).isEqualTo(2);
		assertThat(thirdParty.leafScores().get("2.1.1")).isEqualByComparingTo("3.50");
		assertThat(thirdParty.flags()).extracting((f) -> f.leafCode()).containsExactly("2.1.1");
		assertThat(outcome.composite(SCHEME, FinanceCheck.FAILED).grade()).isEqualTo(Grade.FAIL);
		assertThat(outcome.dimensions(SCHEME)).extracting(DimensionScore::code).containsExactly("1", "2", "3");
		BigDecimal total = outcome.dimensions(SCHEME)
			.stream()
			.map(DimensionScore::score)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(total).isGreaterThan(BigDecimal.ZERO).isLessThanOrEqualTo(new BigDecimal("100"));
	}

	static Map<DataSource, Figure> allFigures() {
		Map<DataSource, Figure> figures = new EnumMap<>(DataSource.class);
		figure(figures, DataSource.SATISFACTION_RATE, "72.50");
		figure(figures, DataSource.AWARENESS_RATE, "80.00");
		figure(figures, DataSource.TICKET_ON_TIME_RATE, "90.00");
		figure(figures, DataSource.STAFFING_COMPLIANCE, "100.00");
		figure(figures, DataSource.CERTIFIED_RATIO, "66.67");
		figure(figures, DataSource.SERVICE_VOLUME_VS_TARGET, "100.00");
		figure(figures, DataSource.DATA_QUALITY, "100.00");
		return figures;
	}

	private static void figure(Map<DataSource, Figure> figures, DataSource source, String percent) {
		figures.put(source, new Figure(source, new BigDecimal(percent), "basis",
				new FigureSource("some.Event", "evt-" + source, Instant.parse("2027-06-01T00:00:00Z"))));
	}

	static Map<String, BigDecimal> thirdPartyHandScores() {
		Map<String, BigDecimal> scores = new LinkedHashMap<>();
		scores.put("1.2.1", new BigDecimal("5"));
		scores.put("1.2.2", new BigDecimal("4"));
		scores.put("2.1.1", new BigDecimal("6"));
		return scores;
	}

	static Map<String, BigDecimal> buyerHandScores() {
		return new LinkedHashMap<>(Map.of("2.2.1", new BigDecimal("4"), "3.3.1", new BigDecimal("4")));
	}

	static ScoreSheet sheet(String scorer, Map<String, BigDecimal> scores) {
		Map<String, ScoreSheet.LeafScore> leaves = new LinkedHashMap<>();
		scores.forEach((code, score) -> leaves.put(code, new ScoreSheet.LeafScore(score, List.of("doc-1"), "")));
		return new ScoreSheet(scorer, leaves, DAY);
	}

}
