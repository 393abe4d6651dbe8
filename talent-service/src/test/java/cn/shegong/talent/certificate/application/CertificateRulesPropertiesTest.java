package cn.shegong.talent.certificate.application;

import java.time.Period;

import org.junit.jupiter.api.Test;

import cn.shegong.talent.certificate.model.RegistrationPolicy;

import static org.assertj.core.api.Assertions.assertThat;

class CertificateRulesPropertiesTest {

	@Test
	void unsetPeriodsKeepTheNationalThreeYearsAndThreeMonths() {
		assertThat(new CertificateRulesProperties(null, null).policy()).isEqualTo(RegistrationPolicy.NATIONAL);
	}

	@Test
	void aConfiguredRenewalWindowReplacesOnlyTheWindow() {
		assertThat(new CertificateRulesProperties(null, Period.ofMonths(6)).policy())
			.isEqualTo(new RegistrationPolicy(Period.ofYears(3), Period.ofMonths(6)));
	}

}
