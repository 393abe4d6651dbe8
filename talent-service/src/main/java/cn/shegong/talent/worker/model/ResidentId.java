package cn.shegong.talent.worker.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

import cn.shegong.platform.problem.ProblemException;

/**
 * A resident ID number (居民身份证号码, GB 11643-1999): six digits of region, eight of birth
 * date, three of sequence and a check character by ISO 7064 MOD 11-2. It is personal
 * information, so it never prints itself: {@link #toString()} and {@link #masked()} show
 * the first and last four characters only, and no refusal repeats the number.
 */
public final class ResidentId {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK_CHARACTERS = "10X98765432";

	private static final DateTimeFormatter BIRTH_DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
		.withResolverStyle(ResolverStyle.STRICT);

	private final String value;

	private ResidentId(String value) {
		this.value = value;
	}

	/** Reads a number as typed: surrounding blanks and a lower-case x are forgiven. */
	public static ResidentId parse(String typed) {
		String value = (typed != null) ? typed.strip().toUpperCase(Locale.ROOT) : "";
		if (!value.matches("\\d{17}[\\dX]")) {
			throw ProblemException.ruleViolated("resident-id-malformed",
					"A resident ID number has 18 characters: 17 digits and a digit or X");
		}
		birthDateOf(value);
		if (value.charAt(17) != checkCharacterOf(value.substring(0, 17))) {
			throw ProblemException.ruleViolated("resident-id-check-digit-invalid",
					"The last character of the resident ID number does not match its check digit");
		}
		return new ResidentId(value);
	}

	/** The check character ISO 7064 MOD 11-2 gives the first 17 digits. */
	public static char checkCharacterOf(String seventeenDigits) {
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += Character.digit(seventeenDigits.charAt(i), 10) * WEIGHTS[i];
		}
		return CHECK_CHARACTERS.charAt(sum % 11);
	}

	private static LocalDate birthDateOf(String value) {
		try {
			return LocalDate.parse(value.substring(6, 14), BIRTH_DATE);
		}
		catch (DateTimeParseException ex) {
			throw ProblemException.ruleViolated("resident-id-birth-date-invalid",
					"The birth date inside the resident ID number is not a real date");
		}
	}

	public LocalDate birthDate() {
		return birthDateOf(this.value);
	}

	/**
	 * The clear number, for the protection that encrypts and hashes it, and nothing else.
	 */
	public String reveal() {
		return this.value;
	}

	/** How the number may be shown: {@code 3304**********123X}. */
	public String masked() {
		return mask(this.value);
	}

	/** Masks any stored or typed number the same way, without validating it. */
	public static String mask(String number) {
		return number.substring(0, 4) + "*".repeat(number.length() - 8) + number.substring(number.length() - 4);
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof ResidentId id) && id.value.equals(this.value);
	}

	@Override
	public int hashCode() {
		return this.value.hashCode();
	}

	@Override
	public String toString() {
		return masked();
	}

}
