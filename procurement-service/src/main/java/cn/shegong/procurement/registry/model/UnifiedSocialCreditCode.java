package cn.shegong.procurement.registry.model;

import java.util.Locale;

import cn.shegong.platform.problem.ProblemException;

/**
 * A 统一社会信用代码 (unified social credit code) per GB 32100-2015, held in upper case: 18
 * characters of the 31-character alphabet without I, O, S, V and Z. Position 1 is the
 * registration authority, 2 the organisation type, 3–8 the administrative division code,
 * 9–17 the organisation code body and 18 a check character over the first 17.
 * <p>
 * Only what the standard fixes for every code is checked: the alphabet, the six digits of
 * the division code and the check character. Positions 1 and 2 are not matched against
 * their code tables, because authorities add types by notice and the check character
 * already catches a mistyped code.
 */
public record UnifiedSocialCreditCode(String value) {

	static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	static final int LENGTH = 18;

	// 3^(i-1) mod 31 for positions 1..17, as tabulated in the standard
	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private static final int FIRST_DIVISION_POSITION = 3;

	private static final int LAST_DIVISION_POSITION = 8;

	public UnifiedSocialCreditCode {
		value = normalised(value);
	}

	/** Reads a code typed in any case and with surrounding blanks, or refuses it. */
	public static UnifiedSocialCreditCode parse(String text) {
		return new UnifiedSocialCreditCode(text);
	}

	/** The six-digit administrative division code of the registering authority. */
	public String regionCode() {
		return this.value.substring(FIRST_DIVISION_POSITION - 1, LAST_DIVISION_POSITION);
	}

	/** The check character the standard prescribes for the first 17 characters. */
	static char checkCharacterOf(String first17) {
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		int check = ALPHABET.length() - sum % ALPHABET.length();
		return ALPHABET.charAt(check % ALPHABET.length());
	}

	@Override
	public String toString() {
		return this.value;
	}

	private static String normalised(String text) {
		if (text == null) {
			throw invalid("a unified social credit code is required");
		}
		String code = text.strip().toUpperCase(Locale.ROOT);
		if (code.length() != LENGTH) {
			throw invalid("a unified social credit code has %d characters, got %d".formatted(LENGTH, code.length()),
					code.length());
		}
		for (int position = 1; position <= LENGTH; position++) {
			requireAllowedAt(code, position);
		}
		requireCheckCharacter(code);
		return code;
	}

	private static void requireAllowedAt(String code, int position) {
		char c = code.charAt(position - 1);
		boolean division = position >= FIRST_DIVISION_POSITION && position <= LAST_DIVISION_POSITION;
		if (division && !(c >= '0' && c <= '9')) {
			throw invalid("character '%c' at position %d must be a digit of the administrative division code"
				.formatted(c, position), position, c);
		}
		if (ALPHABET.indexOf(c) < 0) {
			throw invalid("character '%c' at position %d is not allowed (0-9 and A-Y without I, O, S, V, Z)"
				.formatted(c, position), position, c);
		}
	}

	private static void requireCheckCharacter(String code) {
		char expected = checkCharacterOf(code.substring(0, LENGTH - 1));
		char actual = code.charAt(LENGTH - 1);
		if (actual != expected) {
			throw invalid(
					"wrong check character at position %d: got '%c', expected '%c'".formatted(LENGTH, actual, expected),
					actual, expected);
		}
	}

	private static ProblemException invalid(String detail, Object... arguments) {
		return ProblemException.ruleViolated("invalid-credit-code", detail, arguments);
	}

}
