package cn.shegong.feedback.ticket.model;

import org.junit.jupiter.api.Test;

import static cn.shegong.platform.test.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

class ContactMasksTest {

	@Test
	void aThreeCharacterNameShowsItsFirstCharacterOnly() {
		assertThat(ContactMasks.name("张三丰")).isEqualTo("张**");
	}

	@Test
	void aTwoCharacterNameShowsItsFirstCharacterOnly() {
		assertThat(ContactMasks.name("李四")).isEqualTo("李*");
	}

	@Test
	void aOneCharacterNameIsStarredEntirely() {
		assertThat(ContactMasks.name("王")).isEqualTo("*");
	}

	@Test
	void aMobileShowsItsFirstThreeAndLastFourDigits() {
		assertThat(ContactMasks.phone("13812345678")).isEqualTo("138****5678");
	}

	@Test
	void aLandlineShowsItsFirstThreeAndLastFourDigits() {
		assertThat(ContactMasks.phone("057187654321")).isEqualTo("057*****4321");
	}

	@Test
	void aMobileOrALandlineWithItsAreaCodeIsAcceptedWithSpacesAndHyphens() {
		assertThat(ResidentContact.of(null, "138 1234 5678").phone()).hasValue("13812345678");
		assertThat(ResidentContact.of(null, "0571-87654321").phone()).hasValue("057187654321");
		assertThat(ResidentContact.of(null, "010 1234567").phone()).hasValue("0101234567");
	}

	@Test
	void anythingElseIsNotAPhoneNumber() {
		assertThat(refusalOf(() -> ResidentContact.of(null, "12812345678")).rule()).isEqualTo("phone-number-invalid");
		assertThat(refusalOf(() -> ResidentContact.of(null, "1381234567")).rule()).isEqualTo("phone-number-invalid");
		assertThat(refusalOf(() -> ResidentContact.of(null, "87654321")).rule()).isEqualTo("phone-number-invalid");
	}

	@Test
	void blankNameAndPhoneAreLeftOut() {
		ResidentContact contact = ResidentContact.of("  ", "");

		assertThat(contact.name()).isEmpty();
		assertThat(contact.phone()).isEmpty();
	}

	@Test
	void aContactPrintsOnlyMasked() {
		assertThat(ResidentContact.of("张三丰", "13812345678"))
			.hasToString("ResidentContact[name=张**, phone=138****5678]");
	}

}
