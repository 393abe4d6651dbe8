package cn.shegong.talent.certificate.application;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.shegong.talent.certificate.model.RegistrationPolicy;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CertificateRulesProperties.class)
class CertificateRulesConfiguration {

	@Bean
	RegistrationPolicy registrationPolicy(CertificateRulesProperties properties) {
		return properties.policy();
	}

}
