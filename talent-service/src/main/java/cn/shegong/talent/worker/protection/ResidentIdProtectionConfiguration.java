package cn.shegong.talent.worker.protection;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The keys come from the environment ({@code RESIDENT_ID_ENCRYPTION_KEY},
 * {@code RESIDENT_ID_HASH_KEY}); application.yml carries development defaults only, which
 * no deployment may keep.
 */
@Configuration(proxyBeanMethods = false)
class ResidentIdProtectionConfiguration {

	@Bean
	ResidentIdProtection residentIdProtection(
			@Value("${shegong.talent.resident-id.encryption-key}") String encryptionKey,
			@Value("${shegong.talent.resident-id.hash-key}") String hashKey) {
		return ResidentIdProtection.withBase64Keys(encryptionKey, hashKey);
	}

}
