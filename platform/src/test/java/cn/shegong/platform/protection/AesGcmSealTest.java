package cn.shegong.platform.protection;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class AesGcmSealTest {

	private static final byte[] KEY = new byte[32];

	private final AesGcmSeal seal = new AesGcmSeal(KEY, "test");

	@Test
	void whatIsSealedOpensAgainAndShowsNothingInClear() {
		String sealed = this.seal.seal("张秀英 13812345678");

		assertThat(sealed).doesNotContain("13812345678");
		assertThat(this.seal.open(sealed)).isEqualTo("张秀英 13812345678");
	}

	@Test
	void theSameTextSealsDifferentlyEachTime() {
		assertThat(this.seal.seal("13812345678")).isNotEqualTo(this.seal.seal("13812345678"));
	}

	@Test
	void anAlteredSealDoesNotOpen() {
		byte[] sealed = Base64.getDecoder().decode(this.seal.seal("13812345678"));
		sealed[sealed.length - 1] ^= 1;

		assertThatIllegalStateException().isThrownBy(() -> this.seal.open(Base64.getEncoder().encodeToString(sealed)))
			.withMessageContaining("test");
	}

	@Test
	void aSealMadeWithAnotherKeyDoesNotOpen() {
		byte[] other = new byte[32];
		other[0] = 1;
		String foreign = new AesGcmSeal(other, "test").seal("13812345678");

		assertThatIllegalStateException().isThrownBy(() -> this.seal.open(foreign));
	}

	@Test
	void aKeyOfAnotherLengthThanAesTakesIsRefusedNamingWhatItProtects() {
		assertThatIllegalArgumentException().isThrownBy(() -> new AesGcmSeal(new byte[20], "contact"))
			.withMessageContaining("contact")
			.withMessageContaining("160 bits");
		assertThat(AesGcmSeal.withBase64Key(Base64.getEncoder().encodeToString(new byte[16]), "contact")
			.open(new AesGcmSeal(new byte[16], "contact").seal("x"))).isEqualTo("x");
	}

}
