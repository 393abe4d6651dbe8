package cn.shegong.feedback.station.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * The short code a station prints as a QR code, so a resident lands on the right project
 * without typing its long id. Derived from the project id, so that reading the same event
 * twice gives the same code; written without 0/O/1/I/L so it can be read aloud and typed
 * from a poster.
 */
public final class StationCode {

	private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	/** Six characters: 31^6 ≈ 887 million codes, plenty for a country's stations. */
	public static final int LENGTH = 6;

	private StationCode() {
	}

	/**
	 * The code of a project; {@code attempt} > 0 picks another in the rare case the first
	 * is taken by a different project.
	 */
	public static String of(String projectId, int attempt) {
		byte[] digest = sha256(projectId + (attempt == 0 ? "" : "#" + attempt));
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(Byte.toUnsignedInt(digest[i]) % ALPHABET.length()));
		}
		return code.toString();
	}

	/**
	 * What a resident typed, made comparable: case and surrounding blanks do not matter.
	 */
	public static String normalised(String typed) {
		return (typed == null) ? "" : typed.strip().toUpperCase(Locale.ROOT);
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}
