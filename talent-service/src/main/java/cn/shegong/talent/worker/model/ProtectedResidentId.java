package cn.shegong.talent.worker.model;

/**
 * A resident ID number as the platform keeps it once it has been checked: encrypted, a
 * keyed hash that finds the same person again without decrypting anything, and the masked
 * form people see.
 *
 * @param ciphertext base64 of the AES-GCM nonce followed by the sealed number
 * @param lookupHash base64 of the HMAC-SHA256 of the number; equal numbers, equal hashes
 * @param masked e.g. {@code 3304**********123X}
 */
public record ProtectedResidentId(String ciphertext, String lookupHash, String masked) {

	@Override
	public String toString() {
		return "ProtectedResidentId[" + this.masked + "]";
	}

}
