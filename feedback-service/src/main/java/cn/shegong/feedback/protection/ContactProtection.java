package cn.shegong.feedback.protection;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import cn.shegong.feedback.ticket.model.ContactMasks;
import cn.shegong.feedback.ticket.model.ProtectedContact;
import cn.shegong.feedback.ticket.model.ResidentContact;

/**
 * Seals a resident's name and phone before they reach the store (PIPL). AES-GCM keeps
 * them recoverable for a lawful request (the resident asking for their data, an
 * investigation) while the store, its backups and anyone reading them see ciphertext;
 * staff only ever see the masked form made here at the same time.
 */
public final class ContactProtection {

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKeySpec key;

	private final SecureRandom random = new SecureRandom();

	public ContactProtection(byte[] key) {
		if (key.length != 16 && key.length != 24 && key.length != 32) {
			throw new IllegalArgumentException(
					"the contact encryption key must be 128, 192 or 256 bits, was " + key.length * 8 + " bits");
		}
		this.key = new SecretKeySpec(key, "AES");
	}

	/** The key as configuration holds it. */
	public static ContactProtection withBase64Key(String key) {
		return new ContactProtection(Base64.getDecoder().decode(key.strip()));
	}

	public ProtectedContact protect(ResidentContact contact) {
		return new ProtectedContact(contact.name().map(this::seal).orElse(null),
				contact.phone().map(this::seal).orElse(null), contact.name().map(ContactMasks::name).orElse(null),
				contact.phone().map(ContactMasks::phone).orElse(null));
	}

	/**
	 * Opens what {@link #protect} sealed; fails if it was altered or sealed with another
	 * key.
	 */
	public String reveal(String sealed) {
		ByteBuffer buffer = ByteBuffer.wrap(Base64.getDecoder().decode(sealed));
		byte[] nonce = new byte[NONCE_BYTES];
		buffer.get(nonce);
		byte[] body = new byte[buffer.remaining()];
		buffer.get(body);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, nonce));
			return new String(cipher.doFinal(body), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("a stored contact could not be opened with the configured key", ex);
		}
	}

	private String seal(String clear) {
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, nonce));
			byte[] body = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(nonce.length + body.length).put(nonce).put(body).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is unavailable", ex);
		}
	}

}
