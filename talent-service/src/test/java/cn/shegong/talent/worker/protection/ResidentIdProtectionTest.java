package cn.shegong.talent.worker.protection;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import cn.shegong.talent.worker.model.ProtectedResidentId;
import cn.shegong.talent.worker.model.ResidentId;
import cn.shegong.talent.worker.model.ResidentIds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ResidentIdProtectionTest {

	static final ResidentIdProtection PROTECTION = new ResidentIdProtection(key(32, 1), key(32, 2));

	final ResidentId id = ResidentId.parse(ResidentIds.HAINING_1990);

	@Test
	void theSealedNumberOpensAgainWithTheSameKeyAndContainsNoClearDigits() {
		ProtectedResidentId sealed = PROTECTION.protect(this.id);
		assertThat(sealed.ciphertext()).doesNotContain(this.id.reveal());
		assertThat(new String(Base64.getDecoder().decode(sealed.ciphertext()),
				java.nio.charset.StandardCharsets.ISO_8859_1))
			.doesNotContain(this.id.reveal());
		assertThat(PROTECTION.reveal(sealed.ciphertext())).isEqualTo(this.id);
	}

	@Test
	void sealingTheSameNumberTwiceGivesDifferentCiphertextsButTheSameLookupHash() {
		ProtectedResidentId first = PROTECTION.protect(this.id);
		ProtectedResidentId second = PROTECTION.protect(this.id);
		assertThat(first.ciphertext()).isNotEqualTo(second.ciphertext());
		assertThat(first.lookupHash()).isEqualTo(second.lookupHash());
	}

	@Test
	void theLookupHashDependsOnTheKeySoItCannotBeRebuiltFromTheNumberAlone() {
		ResidentIdProtection otherKey = new ResidentIdProtection(key(32, 1), key(32, 3));
		assertThat(otherKey.lookupHash(this.id)).isNotEqualTo(PROTECTION.lookupHash(this.id));
	}

	@Test
	void aCiphertextSealedWithAnotherKeyDoesNotOpen() {
		ResidentIdProtection otherKey = new ResidentIdProtection(key(32, 9), key(32, 2));
		String sealed = otherKey.protect(this.id).ciphertext();
		assertThatIllegalStateException().isThrownBy(() -> PROTECTION.reveal(sealed));
	}

	@Test
	void keysOfTheWrongLengthAreRefusedAtStartUp() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ResidentIdProtection(key(10, 1), key(32, 2)));
		assertThatIllegalArgumentException().isThrownBy(() -> new ResidentIdProtection(key(32, 1), key(16, 2)));
	}

	@Test
	void theProtectedFormPrintsOnlyTheMaskedNumber() {
		assertThat(PROTECTION.protect(this.id).toString()).doesNotContain(this.id.reveal()).contains(this.id.masked());
	}

	private static byte[] key(int length, int fill) {
		byte[] key = new byte[length];
		java.util.Arrays.fill(key, (byte) fill);
		return key;
	}

}
