package cn.shegong.procurement.registry.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.shegong.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnifiedSocialCreditCodeTest {

	@ParameterizedTest
	@ValueSource(strings = { CreditCodes.PUBLISHED_EXAMPLE, CreditCodes.BEIJING_COMPANY,
			CreditCodes.HAINING_SOCIAL_ORGANISATION, CreditCodes.CHECK_CHARACTER_ZERO })
	void codesWithTheRightCheckCharacterAreAccepted(String code) {
		assertThat(UnifiedSocialCreditCode.parse(code).value()).isEqualTo(code);
	}

	@Test
	void publishedExampleChecksToThree() {
		assertThat(UnifiedSocialCreditCode.checkCharacterOf("91350100M000100Y4")).isEqualTo('3');
	}

	@Test
	void weightedSumDivisibleByThirtyOneGivesCheckCharacterZero() {
		assertThat(UnifiedSocialCreditCode.checkCharacterOf("12100000400000398")).isEqualTo('0');
	}

	@Test
	void lowerCaseInputIsReadAsUpperCase() {
		assertThat(UnifiedSocialCreditCode.parse("91110000802100433b").value()).isEqualTo(CreditCodes.BEIJING_COMPANY);
		assertThat(UnifiedSocialCreditCode.parse("52330481ma28a1234p")).isEqualTo(CreditCodes.haining());
	}

	@Test
	void surroundingBlanksAreIgnored() {
		assertThat(UnifiedSocialCreditCode.parse("  " + CreditCodes.PUBLISHED_EXAMPLE + " ").value())
			.isEqualTo(CreditCodes.PUBLISHED_EXAMPLE);
	}

	@Test
	void regionCodeIsPositionsThreeToEight() {
		assertThat(CreditCodes.haining().regionCode()).isEqualTo("330481");
		assertThat(UnifiedSocialCreditCode.parse(CreditCodes.PUBLISHED_EXAMPLE).regionCode()).isEqualTo("350100");
	}

	@Test
	void wrongCheckCharacterIsRefusedNamingTheExpectedOne() {
		assertRefused("91350100M000100Y44", "got '4', expected '3'");
	}

	@Test
	void seventeenCharactersAreRefused() {
		assertRefused("91350100M000100Y4", "has 18 characters, got 17");
	}

	@Test
	void nineteenCharactersAreRefused() {
		assertRefused(CreditCodes.PUBLISHED_EXAMPLE + "0", "has 18 characters, got 19");
	}

	@Test
	void missingCodeIsRefused() {
		assertRefused(null, "is required");
	}

	@ParameterizedTest
	@ValueSource(strings = { "I", "O", "Z", "S", "V", "i", "o", "z", "s", "v" })
	void lettersOutsideTheAlphabetAreRefusedWithTheirPosition(String letter) {
		String code = "91350100" + letter + "000100Y43";

		assertRefused(code, "character '" + letter.toUpperCase() + "' at position 9 is not allowed");
	}

	@Test
	void letterInTheDivisionCodeIsRefused() {
		assertRefused("9135A100M000100Y43", "character 'A' at position 5 must be a digit");
	}

	@Test
	void punctuationIsRefusedWithItsPosition() {
		assertRefused("91350100M000100-43", "character '-' at position 16 is not allowed");
	}

	private static void assertRefused(String code, String detail) {
		assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(code)).isInstanceOf(ProblemException.class)
			.hasMessageContaining(detail)
			.extracting((ex) -> ((ProblemException) ex).rule())
			.isEqualTo("invalid-credit-code");
	}

}
