package cn.shegong.feedback.protection;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import cn.shegong.feedback.ticket.model.ProtectedContact;
import cn.shegong.feedback.ticket.model.ResidentContact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ContactProtectionTest {

	private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

	private final ContactProtection protection = ContactProtection.withBase64Key(KEY);

	@Test
	void aContactIsStoredSealedAndMaskedAndOpensOnlyWithTheKey() {
		ProtectedContact stored = this.protection.protect(ResidentContact.of("张三丰", "13812345678"));

		assertThat(stored.sealedName()).doesNotContain("张三丰");
		assertThat(stored.sealedPhone()).doesNotContain("13812345678");
		assertThat(stored.maskedName()).isEqualTo("张**");
		assertThat(stored.maskedPhone()).isEqualTo("138****5678");
		assertThat(this.protection.reveal(stored.sealedName())).isEqualTo("张三丰");
		assertThat(this.protection.reveal(stored.sealedPhone())).isEqualTo("13812345678");
	}

	@Test
	void theSameNumberSealsDifferentlyEachTime() {
		ResidentContact contact = ResidentContact.of(null, "13812345678");

		assertThat(this.protection.protect(contact).sealedPhone())
			.isNotEqualTo(this.protection.protect(contact).sealedPhone());
	}

	@Test
	void aContactLeftOutStaysEmpty() {
		assertThat(this.protection.protect(ResidentContact.of(null, null))).isEqualTo(ProtectedContact.NONE);
	}

	@Test
	void anotherKeyCannotOpenIt() {
		String sealed = this.protection.protect(ResidentContact.of("李四", null)).sealedName();
		byte[] other = new byte[32];
		other[0] = 1;

		assertThatIllegalStateException().isThrownBy(() -> new ContactProtection(other).reveal(sealed));
	}

	@Test
	void aKeyOfTheWrongLengthIsRefusedAtStartUp() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ContactProtection(new byte[20]))
			.withMessageContaining("160 bits");
	}

}
