package cn.shegong.feedback.ticket.model;

import java.util.Optional;
import java.util.regex.Pattern;

import cn.shegong.platform.problem.ProblemException;

/**
 * The name and phone a resident chose to leave, in the clear: it lives only while a
 * ticket is being filed and is sealed before anything is stored. Both are optional.
 */
public final class ResidentContact {

	/** A mainland mobile number. */
	private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	/** A landline with its area code: 0571-87654321, 010 12345678. */
	private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}\\d{7,8}");

	private final String name;

	private final String phone;

	private ResidentContact(String name, String phone) {
		this.name = name;
		this.phone = phone;
	}

	/**
	 * @param phone a mobile or landline number; spaces and hyphens are ignored
	 * @throws ProblemException {@code phone-number-invalid} for anything else
	 */
	public static ResidentContact of(String name, String phone) {
		return new ResidentContact(blankToNull(name), (blankToNull(phone) != null) ? digits(phone) : null);
	}

	public Optional<String> name() {
		return Optional.ofNullable(this.name);
	}

	/** The digits only. */
	public Optional<String> phone() {
		return Optional.ofNullable(this.phone);
	}

	/** Never the clear values: a contact must not reach a log by accident. */
	@Override
	public String toString() {
		return "ResidentContact[name=" + name().map(ContactMasks::name).orElse("-") + ", phone="
				+ phone().map(ContactMasks::phone).orElse("-") + "]";
	}

	private static String digits(String phone) {
		String digits = phone.replaceAll("[\\s-]", "");
		if (!MOBILE.matcher(digits).matches() && !LANDLINE.matcher(digits).matches()) {
			throw ProblemException.ruleViolated("phone-number-invalid",
					"A phone number is a mainland mobile (11 digits, 13x to 19x) or a landline with its area code");
		}
		return digits;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
