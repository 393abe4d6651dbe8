package cn.shegong.feedback.ticket.model;

/**
 * A resident's contact as it is stored: sealed so that only a lawful export with the key
 * can open it, and its masked form, which is all anyone is ever shown. Any part may be
 * null when the resident left it out.
 */
public record ProtectedContact(String sealedName, String sealedPhone, String maskedName, String maskedPhone) {

	public static final ProtectedContact NONE = new ProtectedContact(null, null, null, null);

}
