package cn.shegong.talent.training.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static cn.shegong.platform.test.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

class LoggedTrainingTest {

	static final LocalDate TODAY = TrainingRulesTest.TODAY;

	static final TrainingChange TYPO = new TrainingChange("hr-1", Instant.parse("2026-03-01T02:00:00Z"),
			"typed 80 for 8");

	static LoggedTraining eightyHoursEntered() {
		return LoggedTraining.entered(TrainingRulesTest.hours(80, LocalDate.of(2026, 2, 1)));
	}

	static TrainingEdit hours(String hours) {
		return new TrainingEdit(Optional.empty(), Optional.of(new BigDecimal(hours)), Optional.empty(),
				Optional.empty());
	}

	@Test
	void aCorrectionChangesTheValuesAndKeepsThePreviousOnesWithTheReason() {
		LoggedTraining corrected = eightyHoursEntered().correct(hours("8"), TYPO, TODAY);

		assertThat(corrected.current().hours()).isEqualByComparingTo("8");
		assertThat(corrected.current().date()).isEqualTo(LocalDate.of(2026, 2, 1));
		assertThat(corrected.corrections()).singleElement().satisfies((revision) -> {
			assertThat(revision.change()).isEqualTo(TYPO);
			assertThat(revision.before().hours()).isEqualByComparingTo("80");
		});
	}

	@Test
	void aCorrectionThatChangesNothingIsRefusedEvenWrittenDifferently() {
		assertThat(refusalOf(() -> eightyHoursEntered().correct(hours("80.0"), TYPO, TODAY)).rule())
			.isEqualTo("training-correction-unchanged");
	}

	@Test
	void aCorrectionCannotMoveTheRecordIntoTheFuture() {
		TrainingEdit tomorrow = new TrainingEdit(Optional.of(TODAY.plusDays(1)), Optional.empty(), Optional.empty(),
				Optional.empty());
		assertThat(refusalOf(() -> eightyHoursEntered().correct(tomorrow, TYPO, TODAY)).rule())
			.isEqualTo("training-date-in-the-future");
	}

	@Test
	void aVoidedRecordKeepsItsValuesAndCannotBeCorrectedOrVoidedAgain() {
		LoggedTraining voided = eightyHoursEntered().voidWith(TYPO);

		assertThat(voided.isVoided()).isTrue();
		assertThat(voided.voiding()).contains(TYPO);
		assertThat(voided.current().hours()).isEqualByComparingTo("80");
		assertThat(refusalOf(() -> voided.correct(hours("8"), TYPO, TODAY)).rule()).isEqualTo("training-record-voided");
		assertThat(refusalOf(() -> voided.voidWith(TYPO)).rule()).isEqualTo("training-record-voided");
	}

	@Test
	void aChangeNeedsAReason() {
		assertThat(refusalOf(() -> new TrainingChange("hr-1", Instant.EPOCH, " ")).rule())
			.isEqualTo("training-change-reason-required");
	}

}
