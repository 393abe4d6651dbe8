package cn.shegong.feedback.protection;

import java.util.Base64;

import cn.shegong.feedback.ticket.model.ContactMasks;
import cn.shegong.feedback.ticket.model.ProtectedContact;
import cn.shegong.feedback.ticket.model.ResidentContact;
import cn.shegong.platform.protection.AesGcmSeal;

/**
 * Seals a resident's name and phone before they reach the store (PIPL). AES-GCM keeps
 * them recoverable for a lawful request (the resident asking for their data, an
 * investigation) while the store, its backups and anyone reading them see ciphertext;
 * staff only ever see the masked form made here at the same time.
 */
public final class ContactProtection {

	private final AesGcmSeal seal;

	public ContactProtection(byte[] key) {
		this.seal = new AesGcmSeal(key, "contact");
	}

	/** The key as configuration holds it. */
	public static ContactProtection withBase64Key(String key) {
		return new ContactProtection(Base64.getDecoder().decode(key.strip()));
	}

	public ProtectedContact protect(ResidentContact contact) {
		return new ProtectedContact(contact.name().map(this.seal::seal).orElse(null),
				contact.phone().map(this.seal::seal).orElse(null), contact.name().map(ContactMasks::name).orElse(null),
				contact.phone().map(ContactMasks::phone).orElse(null));
	}

	/**
	 * Opens what {@link #protect} sealed; fails if it was altered or sealed with another
	 * key.
	 */
	public String reveal(String sealed) {
		return this.seal.open(sealed);
	}

}
