package cn.shegong.evaluation.callback.model;

import java.util.Objects;
import java.util.regex.Pattern;

import cn.shegong.platform.problem.ProblemException;

/**
 * A beneficiary's phone number as the agency recorded it: a mainland mobile number (11
 * digits starting 13–19) or a landline with its area code (0 + 9 to 11 digits). Personal
 * information under PIPL: stored sealed, shown masked, never logged nor put in an event,
 * so {@link #toString()} masks it too.
 */
public final class PhoneNumber {

	private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	private static final Pattern LANDLINE = Pattern.compile("0\\d{9,11}");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");

	private final String digits;

	private PhoneNumber(String digits) {
		this.digits = digits;
	}

	/**
	 * Spaces and hyphens are dropped, and a +86 country code before a mobile number.
	 * @param reference the record the number belongs to, named in the refusal instead of
	 * the number
	 */
	public static PhoneNumber of(String raw, String reference) {
		String digits = SEPARATORS.matcher(Objects.requireNonNullElse(raw, "")).replaceAll("");
		if (digits.startsWith("+86")) {
			digits = digits.substring(3);
		}
		if (!MOBILE.matcher(digits).matches() && !LANDLINE.matcher(digits).matches()) {
			throw ProblemException.ruleViolated("service-record-phone-invalid", "The phone of record " + reference
					+ " is neither a mainland mobile number (11 digits from 13) nor a landline with its area code.",
					reference);
		}
		return new PhoneNumber(digits);
	}

	/** A number read back from the store, checked when it was recorded. */
	public static PhoneNumber stored(String digits) {
		return new PhoneNumber(Objects.requireNonNull(digits, "digits"));
	}

	/** The number itself, for the evaluator who calls it and for sealing. */
	public String digits() {
		return this.digits;
	}

	/** The first three and last four digits, e.g. 138****5678. */
	public String masked() {
		return this.digits.substring(0, 3) + "****" + this.digits.substring(this.digits.length() - 4);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PhoneNumber phone && phone.digits.equals(this.digits);
	}

	@Override
	public int hashCode() {
		return this.digits.hashCode();
	}

	@Override
	public String toString() {
		return masked();
	}

}
