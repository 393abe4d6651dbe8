package cn.shegong.evaluation.spotcheck.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.shegong.evaluation.evaluation.model.EvaluationRules;
import cn.shegong.evaluation.evaluation.model.SpotCheckCandidate;
import cn.shegong.evaluation.evaluation.model.SpotCheckSelection;

import static org.assertj.core.api.Assertions.assertThat;

class AnnualSpotCheckTest {

	static final EvaluationRules RULES = EvaluationRules.defaults();

	static final Instant AT = Instant.parse("2027-01-15T01:00:00Z");

	@Test
	void onlyContractsLongerThanAYearThatCoverTheYearAreDrawnAmong() {
		List<SpotCheckCandidate> contracts = List.of(
				threeYears("p-long", 2026), threeYears("p-later", 2028), new SpotCheckCandidate("p-one-year",
						"c-one-year", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)),
				threeYears("p-ended", 2023));

		SpotCheckRecord record = AnnualSpotCheck.draw(2027, "330481", contracts, RULES, 42L, "officer", AT);

		assertThat(record.selection().eligibleProjectIds()).containsExactly("p-long");
		assertThat(record.eligible()).containsExactly(new SpotCheckRecord.Eligible("p-long", "c-p-long"));
	}

	@Test
	void atLeastThirtyPercentRoundedUpIsChosenAndTheirContractsNamed() {
		SpotCheckRecord record = AnnualSpotCheck.draw(2027, "330481", longContracts(7), RULES, 42L, "officer", AT);

		assertThat(record.selection().chosenProjectIds()).hasSize(3);
		assertThat(record.chosen()).extracting(SpotCheckRecord.Eligible::contractId)
			.allMatch((contract) -> contract.startsWith("c-p-"))
			.hasSize(3);
	}

	@Test
	void theRecordedDrawRunsAgainToTheSameChoice() {
		SpotCheckRecord record = AnnualSpotCheck.draw(2027, "330481", longContracts(10), RULES, 987_654_321L, "admin",
				AT);

		assertThat(record.selection().isReproducible()).isTrue();
		assertThat(AnnualSpotCheck.draw(2027, "330481", longContracts(10), RULES, 987_654_321L, "admin", AT))
			.isEqualTo(record);
	}

	@Test
	void aRecordWhoseChoiceWasAlteredDoesNotReproduce() {
		SpotCheckSelection drawn = AnnualSpotCheck.draw(2027, "330481", longContracts(10), RULES, 7L, "admin", AT)
			.selection();
		List<String> others = new ArrayList<>(drawn.eligibleProjectIds());
		others.removeAll(drawn.chosenProjectIds());
		SpotCheckSelection altered = new SpotCheckSelection(2027, "330481", drawn.seed(), drawn.shareBasisPoints(),
				drawn.eligibleProjectIds(), others.subList(0, drawn.chosenProjectIds().size()));

		assertThat(altered.isReproducible()).isFalse();
	}

	@Test
	void aShareOfHalfIsConfigurable() {
		EvaluationRules half = new EvaluationRules(5, 15, RULES.conflictLookback(), RULES.finalEvaluationLeadTime(),
				RULES.spotCheckMinimumTerm(), 5000, 1000, 5, 30, 8000);

		assertThat(AnnualSpotCheck.draw(2027, "330481", longContracts(7), half, 1L, "admin", AT)
			.selection()
			.chosenProjectIds()).hasSize(4);
	}

	@Test
	void theAutomaticDrawIsDueFromItsDayOnSoADayMissedStillDraws() {
		MonthDay drawOn = MonthDay.of(1, 15);

		assertThat(AnnualSpotCheck.isDrawDue(LocalDate.of(2027, 1, 14), drawOn)).isFalse();
		assertThat(AnnualSpotCheck.isDrawDue(LocalDate.of(2027, 1, 15), drawOn)).isTrue();
		assertThat(AnnualSpotCheck.isDrawDue(LocalDate.of(2027, 3, 2), drawOn)).isTrue();
	}

	@Test
	void aRegionWithOnlyShortContractsHasNothingToDraw() {
		assertThat(AnnualSpotCheck.hasEligible(2027,
				List.of(new SpotCheckCandidate("p", "c", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31))), RULES))
			.isFalse();
		assertThat(AnnualSpotCheck.hasEligible(2027, longContracts(1), RULES)).isTrue();
	}

	private static List<SpotCheckCandidate> longContracts(int n) {
		List<SpotCheckCandidate> contracts = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			contracts.add(threeYears("p-" + i, 2026));
		}
		return contracts;
	}

	private static SpotCheckCandidate threeYears(String projectId, int from) {
		return new SpotCheckCandidate(projectId, "c-" + projectId, LocalDate.of(from, 1, 1),
				LocalDate.of(from + 2, 12, 31));
	}

}
