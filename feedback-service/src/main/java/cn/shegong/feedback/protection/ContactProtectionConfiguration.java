package cn.shegong.feedback.protection;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The key comes from the environment ({@code CONTACT_ENCRYPTION_KEY}); application.yml
 * carries a development default only, which no deployment may keep. A key of the wrong
 * length stops the service at start-up rather than at the first ticket.
 */
@Configuration(proxyBeanMethods = false)
class ContactProtectionConfiguration {

	@Bean
	ContactProtection contactProtection(@Value("${shegong.feedback.contact.encryption-key}") String key) {
		return ContactProtection.withBase64Key(key);
	}

}
