package cn.shegong.platform.protection;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a piece of personal data (a resident ID number, a resident's phone) with AES-GCM
 * before it reaches a store: a fresh random nonce per seal, the tag checked on opening,
 * so that the store, its backups and anyone reading them see only ciphertext, and an
 * altered or foreign ciphertext never opens. The sealed form is base64 of nonce ‖
 * ciphertext ‖ tag.
 */
public final class AesGcmSeal {

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKeySpec key;

	private final String what;

	private final SecureRandom random = new SecureRandom();

	/**
	 * @param what what the key protects, for the start-up error a wrong key gives
	 */
	public AesGcmSeal(byte[] key, String what) {
		if (key.length != 16 && key.length != 24 && key.length != 32) {
			throw new IllegalArgumentException(
					"the " + what + " encryption key must be 128, 192 or 256 bits, was " + key.length * 8 + " bits");
		}
		this.key = new SecretKeySpec(key, "AES");
		this.what = what;
	}

	/** The key as configuration holds it: base64. */
	public static AesGcmSeal withBase64Key(String key, String what) {
		return new AesGcmSeal(Base64.getDecoder().decode(key.strip()), what);
	}

	public String seal(String clear) {
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			byte[] body = cipher(Cipher.ENCRYPT_MODE, nonce).doFinal(clear.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(nonce.length + body.length).put(nonce).put(body).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is unavailable", ex);
		}
	}

	/**
	 * Opens what {@link #seal} made; fails if it was altered or sealed with another key.
	 */
	public String open(String sealed) {
		ByteBuffer buffer = ByteBuffer.wrap(Base64.getDecoder().decode(sealed));
		byte[] nonce = new byte[NONCE_BYTES];
		buffer.get(nonce);
		byte[] body = new byte[buffer.remaining()];
		buffer.get(body);
		try {
			return new String(cipher(Cipher.DECRYPT_MODE, nonce).doFinal(body), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("a stored " + this.what + " could not be opened with the configured key",
					ex);
		}
	}

	private Cipher cipher(int mode, byte[] nonce) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, this.key, new GCMParameterSpec(TAG_BITS, nonce));
		return cipher;
	}

}
