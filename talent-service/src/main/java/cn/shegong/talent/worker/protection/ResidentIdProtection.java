package cn.shegong.talent.worker.protection;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import cn.shegong.talent.worker.model.ProtectedResidentId;
import cn.shegong.talent.worker.model.ResidentId;

/**
 * Seals resident ID numbers before they reach the store (PIPL: sensitive personal
 * information). AES-GCM keeps the number recoverable for the day a lawful export needs
 * it; the HMAC lets the store refuse a second worker with the same number without ever
 * holding a searchable clear value. Two keys, so leaking the lookup key reveals nothing
 * about the ciphertexts.
 */
public final class ResidentIdProtection {

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKeySpec encryptionKey;

	private final SecretKeySpec hashKey;

	private final SecureRandom random = new SecureRandom();

	public ResidentIdProtection(byte[] encryptionKey, byte[] hashKey) {
		if (encryptionKey.length != 16 && encryptionKey.length != 24 && encryptionKey.length != 32) {
			throw new IllegalArgumentException("the resident ID encryption key must be 128, 192 or 256 bits, was "
					+ encryptionKey.length * 8 + " bits");
		}
		if (hashKey.length < 32) {
			throw new IllegalArgumentException("the resident ID hash key must be at least 256 bits");
		}
		this.encryptionKey = new SecretKeySpec(encryptionKey, "AES");
		this.hashKey = new SecretKeySpec(hashKey, "HmacSHA256");
	}

	/** Keys given as base64, as configuration holds them. */
	public static ResidentIdProtection withBase64Keys(String encryptionKey, String hashKey) {
		return new ResidentIdProtection(Base64.getDecoder().decode(encryptionKey.strip()),
				Base64.getDecoder().decode(hashKey.strip()));
	}

	public ProtectedResidentId protect(ResidentId id) {
		return new ProtectedResidentId(encrypt(id.reveal()), lookupHash(id), id.masked());
	}

	/** The hash a stored worker with this number carries. */
	public String lookupHash(ResidentId id) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.hashKey);
			return Base64.getEncoder().encodeToString(mac.doFinal(id.reveal().getBytes(StandardCharsets.US_ASCII)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is unavailable", ex);
		}
	}

	/**
	 * Opens a ciphertext {@link #protect} made; fails if it was altered or sealed with
	 * another key.
	 */
	public ResidentId reveal(String ciphertext) {
		byte[] sealed = Base64.getDecoder().decode(ciphertext);
		ByteBuffer buffer = ByteBuffer.wrap(sealed);
		byte[] nonce = new byte[NONCE_BYTES];
		buffer.get(nonce);
		byte[] body = new byte[buffer.remaining()];
		buffer.get(body);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
			return ResidentId.parse(new String(cipher.doFinal(body), StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("a stored resident ID could not be opened with the configured key", ex);
		}
	}

	private String encrypt(String clear) {
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
			byte[] body = cipher.doFinal(clear.getBytes(StandardCharsets.US_ASCII));
			return Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(nonce.length + body.length).put(nonce).put(body).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is unavailable", ex);
		}
	}

}
