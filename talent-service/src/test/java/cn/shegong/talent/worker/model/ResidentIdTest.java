package cn.shegong.talent.worker.model;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static cn.shegong.platform.test.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

class ResidentIdTest {

	@Test
	void aPublishedExampleWithAnXCheckCharacterIsAccepted() {
		// GB 11643-1999's own example number.
		assertThat(ResidentId.parse("11010519491231002X").birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
	}

	@Test
	void aLowerCaseXAndSurroundingBlanksAreForgiven() {
		assertThat(ResidentId.parse(" 11010519491231002x ")).isEqualTo(ResidentId.parse("11010519491231002X"));
	}

	@Test
	void aResidentIdWithAWrongCheckDigitIsRefused() {
		String wrong = ResidentIds.withWrongCheckDigit(ResidentIds.HAINING_1990);
		assertThat(refusalOf(() -> ResidentId.parse(wrong)).rule()).isEqualTo("resident-id-check-digit-invalid");
	}

	@Test
	void aResidentIdBornOnTheThirtiethOfFebruaryIsRefused() {
		String body = "33048119900230123";
		String number = body + ResidentId.checkCharacterOf(body);
		assertThat(refusalOf(() -> ResidentId.parse(number)).rule()).isEqualTo("resident-id-birth-date-invalid");
	}

	@Test
	void aLeapDayIsARealBirthDateOnlyInALeapYear() {
		assertThat(ResidentId.parse(ResidentIds.valid("330481", "20000229", "001")).birthDate())
			.isEqualTo(LocalDate.of(2000, 2, 29));
		String notLeap = ResidentIds.valid("330481", "19000229", "001");
		assertThat(refusalOf(() -> ResidentId.parse(notLeap)).rule()).isEqualTo("resident-id-birth-date-invalid");
	}

	@Test
	void aNumberOfTheWrongLengthOrWithLettersIsMalformed() {
		assertThat(refusalOf(() -> ResidentId.parse("33048119900307123")).rule()).isEqualTo("resident-id-malformed");
		assertThat(refusalOf(() -> ResidentId.parse("3304811990030712AX")).rule()).isEqualTo("resident-id-malformed");
		assertThat(refusalOf(() -> ResidentId.parse(null)).rule()).isEqualTo("resident-id-malformed");
	}

	@Test
	void aRefusalNeverRepeatsTheNumber() {
		String wrong = ResidentIds.withWrongCheckDigit(ResidentIds.HAINING_1990);
		var refusal = refusalOf(() -> ResidentId.parse(wrong));
		assertThat(refusal.getMessage()).doesNotContain(wrong).doesNotContain(wrong.substring(0, 17));
		assertThat(refusal.arguments()).isEmpty();
	}

	@Test
	void itShowsOnlyTheFirstAndLastFourCharacters() {
		ResidentId id = ResidentId.parse("11010519491231002X");
		assertThat(id.masked()).isEqualTo("1101**********002X");
		assertThat(id).hasToString("1101**********002X");
	}

}
