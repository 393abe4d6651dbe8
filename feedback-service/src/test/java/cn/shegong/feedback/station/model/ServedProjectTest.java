package cn.shegong.feedback.station.model;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServedProjectTest {

	private static final LocalDate FIRST = LocalDate.of(2027, 1, 1);

	private static final LocalDate LAST = LocalDate.of(2027, 12, 31);

	@Test
	void residentsAreHeardFromTheFirstToTheLastDayOfTheTermOnceAnAgencyRunsIt() {
		ServedProject project = awarded();

		assertThat(project.isOpenForFeedbackOn(FIRST)).isTrue();
		assertThat(project.isOpenForFeedbackOn(LAST)).isTrue();
		assertThat(project.isOpenForFeedbackOn(FIRST.minusDays(1))).isFalse();
		assertThat(project.isOpenForFeedbackOn(LAST.plusDays(1))).isFalse();
	}

	@Test
	void aProjectNobodyHasBeenAwardedYetTakesNoFeedback() {
		ServedProject published = new ServedProject("p", "K7PQ3M", "b", "330481", "站点", FIRST, LAST, Optional.empty(),
				Optional.empty());

		assertThat(published.isOpenForFeedbackOn(FIRST.plusDays(10))).isFalse();
	}

	@Test
	void aProjectKnownOnlyFromItsAwardShowsItsIdAsTitle() {
		ServedProject fromAward = new ServedProject("prj-9", "K7PQ3M", null, "330481", null, FIRST, LAST,
				Optional.of("c"), Optional.of("a"));

		assertThat(fromAward.displayTitle()).isEqualTo("prj-9");
		assertThat(awarded().displayTitle()).isEqualTo("马桥站");
	}

	private static ServedProject awarded() {
		return new ServedProject("p", "K7PQ3M", "b", "330481", "马桥站", FIRST, LAST, Optional.of("c"),
				Optional.of("agency-maqiao"));
	}

}
