package cn.shegong.feedback.ticket.model;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReceiptCodesTest {

	private final ReceiptCodes codes = new ReceiptCodes();

	@Test
	void aCodeIsTwelveCharactersWithoutLookAlikes() {
		for (int i = 0; i < 1000; i++) {
			String code = this.codes.next();
			assertThat(code).hasSize(12).doesNotContain("0", "O", "1", "I", "L");
			assertThat(code.chars()).allMatch((c) -> ReceiptCodes.ALPHABET.indexOf(c) >= 0);
		}
	}

	@Test
	void codesDoNotRepeat() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			seen.add(this.codes.next());
		}
		assertThat(seen).hasSize(10_000);
	}

	@Test
	void aTypedCodeIsReadWithoutCaseSpacesOrHyphens() {
		assertThat(ReceiptCodes.normalised("abcd-efgh jkmn")).isEqualTo("ABCDEFGHJKMN");
	}

}
