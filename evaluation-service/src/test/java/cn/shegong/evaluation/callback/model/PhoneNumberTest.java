package cn.shegong.evaluation.callback.model;

import org.junit.jupiter.api.Test;

import cn.shegong.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhoneNumberTest {

	@Test
	void aMobileNumberIsShownWithItsFirstThreeAndLastFourDigitsOnly() {
		assertThat(PhoneNumber.of("13812345678", "b-1").masked()).isEqualTo("138****5678");
	}

	@Test
	void spacesHyphensAndTheCountryCodeAreDropped() {
		assertThat(PhoneNumber.of("+86 138-1234-5678", "b-1").digits()).isEqualTo("13812345678");
	}

	@Test
	void aLandlineWithItsAreaCodeIsAccepted() {
		assertThat(PhoneNumber.of("0571-8765 4321", "b-1").masked()).isEqualTo("057****4321");
	}

	@Test
	void aNumberThatIsNeitherMobileNorLandlineIsRefusedNamingTheRecordNotTheNumber() {
		assertThatThrownBy(() -> PhoneNumber.of("12345678901", "b-7")).isInstanceOfSatisfying(ProblemException.class,
				(ex) -> {
					assertThat(ex.rule()).isEqualTo("service-record-phone-invalid");
					assertThat(ex.getMessage()).contains("b-7").doesNotContain("12345678901");
				});
	}

	@Test
	void printingANumberNeverShowsItInClear() {
		assertThat(PhoneNumber.of("13812345678", "b-1")).hasToString("138****5678");
	}

}
