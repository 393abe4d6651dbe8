package cn.shegong.feedback.ticket.model;

/**
 * How a resident's contact details are shown to the people who handle their ticket (PIPL:
 * enough to recognise a caller back, not enough to identify a stranger).
 */
public final class ContactMasks {

	private static final int PHONE_HEAD = 3;

	private static final int PHONE_TAIL = 4;

	private ContactMasks() {
	}

	/**
	 * 张三丰 → 张**, 张三 → 张*; a one-character name would be shown whole by that rule, so it
	 * is starred entirely.
	 */
	public static String name(String name) {
		int[] characters = name.strip().codePoints().toArray();
		if (characters.length <= 1) {
			return "*";
		}
		return new String(characters, 0, 1) + "*".repeat(characters.length - 1);
	}

	/**
	 * 13812345678 → 138****5678; a landline keeps its first three and last four digits.
	 */
	public static String phone(String digits) {
		return digits.substring(0, PHONE_HEAD) + "*".repeat(digits.length() - PHONE_HEAD - PHONE_TAIL)
				+ digits.substring(digits.length() - PHONE_TAIL);
	}

}
