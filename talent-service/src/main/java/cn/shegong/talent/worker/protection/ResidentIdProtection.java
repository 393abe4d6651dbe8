package cn.shegong.talent.worker.protection;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import cn.shegong.platform.protection.AesGcmSeal;
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

	private final AesGcmSeal seal;

	private final SecretKeySpec hashKey;

	public ResidentIdProtection(byte[] encryptionKey, byte[] hashKey) {
		this.seal = new AesGcmSeal(encryptionKey, "resident ID");
		if (hashKey.length < 32) {
			throw new IllegalArgumentException("the resident ID hash key must be at least 256 bits");
		}
		this.hashKey = new SecretKeySpec(hashKey, "HmacSHA256");
	}

	/** Keys given as base64, as configuration holds them. */
	public static ResidentIdProtection withBase64Keys(String encryptionKey, String hashKey) {
		return new ResidentIdProtection(Base64.getDecoder().decode(encryptionKey.strip()),
				Base64.getDecoder().decode(hashKey.strip()));
	}

	public ProtectedResidentId protect(ResidentId id) {
		return new ProtectedResidentId(this.seal.seal(id.reveal()), lookupHash(id), id.masked());
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
		return ResidentId.parse(this.seal.open(ciphertext));
	}

}
