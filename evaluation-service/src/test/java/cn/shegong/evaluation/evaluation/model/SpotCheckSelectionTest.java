package cn.shegong.evaluation.evaluation.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpotCheckSelectionTest {

	private static final EvaluationRules RULES = EvaluationRules.defaults();

	private static final LocalDate START = LocalDate.of(2025, 1, 1);

	private static List<SpotCheckCandidate> longProjects(int n) {
		return IntStream.rangeClosed(1, n)
			.mapToObj((i) -> new SpotCheckCandidate("project-" + i, "contract-" + i, START, LocalDate.of(2027, 12, 31)))
			.toList();
	}

	@Test
	void thirtyPercentOfSevenLongProjectsIsThree() {
		SpotCheckSelection drawn = SpotCheckSelection.draw(2026, "440800", longProjects(7), RULES);

		assertThat(drawn.chosenProjectIds()).hasSize(3).doesNotHaveDuplicates();
		assertThat(drawn.eligibleProjectIds()).containsAll(drawn.chosenProjectIds());
	}

	@Test
	void theShareIsRoundedUpOnlyWhenItIsNotWhole() {
		assertThat(SpotCheckSelection.draw(2026, "440800", longProjects(10), RULES).chosenProjectIds()).hasSize(3);
		assertThat(SpotCheckSelection.draw(2026, "440800", longProjects(11), RULES).chosenProjectIds()).hasSize(4);
		assertThat(SpotCheckSelection.draw(2026, "440800", longProjects(0), RULES).chosenProjectIds()).isEmpty();
	}

	@Test
	void theSameYearRegionAndProjectsGiveTheSameChoiceInWhateverOrderTheyCome() {
		List<SpotCheckCandidate> shuffled = new ArrayList<>(longProjects(7));
		Collections.reverse(shuffled);

		assertThat(SpotCheckSelection.draw(2026, "440800", shuffled, RULES).chosenProjectIds())
			.isEqualTo(SpotCheckSelection.draw(2026, "440800", longProjects(7), RULES).chosenProjectIds());
	}

	@Test
	void aRecordedDrawReRunsToTheSameChoiceAndATamperedOneDoesNot() {
		SpotCheckSelection drawn = SpotCheckSelection.draw(2026, "440800", longProjects(20), RULES, 42L);
		SpotCheckSelection tampered = new SpotCheckSelection(2026, "440800", 42L, 3000, drawn.eligibleProjectIds(),
				drawn.eligibleProjectIds()
					.stream()
					.filter((p) -> !drawn.chosenProjectIds().contains(p))
					.limit(6)
					.toList());

		assertThat(drawn.seed()).isEqualTo(42L);
		assertThat(drawn.isReproducible()).isTrue();
		assertThat(tampered.isReproducible()).isFalse();
	}

	@Test
	void theDerivedSeedDependsOnYearAndRegion() {
		assertThat(SpotCheckSelection.seedFor(2026, "440800")).isEqualTo(SpotCheckSelection.seedFor(2026, "440800"))
			.isNotEqualTo(SpotCheckSelection.seedFor(2027, "440800"))
			.isNotEqualTo(SpotCheckSelection.seedFor(2026, "440100"));
	}

	@Test
	void aProjectOfExactlyOneYearIsNotACandidateButOneOfAYearAndADayIs() {
		SpotCheckCandidate oneYear = new SpotCheckCandidate("p-one-year", "c", START, LocalDate.of(2026, 1, 1));
		SpotCheckCandidate oneYearAndADay = new SpotCheckCandidate("p-longer", "c", START, LocalDate.of(2026, 1, 2));

		SpotCheckSelection drawn = SpotCheckSelection.draw(2026, "440800", List.of(oneYear, oneYearAndADay), RULES);

		assertThat(drawn.eligibleProjectIds()).containsExactly("p-longer");
		assertThat(drawn.chosenProjectIds()).containsExactly("p-longer");
	}

}
