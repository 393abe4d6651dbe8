package cn.shegong.feedback.ticket.model;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The code a resident follows their ticket with: their only key, so it must not be
 * guessable. Twelve characters from a 31-letter alphabet without look-alikes (no 0/O,
 * 1/I/L) carry about 59 bits; codes are drawn at random, never counted up, so knowing one
 * says nothing about its neighbours.
 */
public final class ReceiptCodes {

	static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	static final int LENGTH = 12;

	private final SecureRandom random = new SecureRandom();

	public String next() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** A code as a resident may type it: lower case, with spaces or hyphens. */
	public static String normalised(String typed) {
		return typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
	}

}
