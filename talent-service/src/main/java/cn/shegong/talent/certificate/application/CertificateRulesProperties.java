package cn.shegong.talent.certificate.application;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

import cn.shegong.talent.certificate.model.RegistrationPolicy;

/**
 * {@code shegong.talent.registration}: how long a registration lasts and how early
 * renewal opens; unset values keep the national defaults.
 */
@ConfigurationProperties("shegong.talent.registration")
public record CertificateRulesProperties(Period validity, Period renewalWindow) {

	public RegistrationPolicy policy() {
		return new RegistrationPolicy((this.validity != null) ? this.validity : RegistrationPolicy.NATIONAL.validity(),
				(this.renewalWindow != null) ? this.renewalWindow : RegistrationPolicy.NATIONAL.renewalWindow());
	}

}
