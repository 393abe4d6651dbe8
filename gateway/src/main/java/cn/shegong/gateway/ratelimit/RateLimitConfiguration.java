package cn.shegong.gateway.ratelimit;

import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.cloud.gateway.support.ipresolver.RemoteAddressResolver;
import org.springframework.cloud.gateway.support.ipresolver.XForwardedRemoteAddressResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The limiter and the client key the public route names in {@code application.yml}
 * ({@code #{@publicRateLimiter}}, {@code #{@clientAddressKeyResolver}}).
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

	@Bean
	InMemoryRateLimiter publicRateLimiter(RateLimitProperties properties, ConfigurationService configurationService) {
		InMemoryRateLimiter.Config defaults = new InMemoryRateLimiter.Config()
			.setReplenishRate(properties.replenishRate())
			.setBurstCapacity(properties.burstCapacity());
		return new InMemoryRateLimiter(defaults, properties.maxClients(), System::nanoTime, configurationService);
	}

	@Bean
	ClientAddressKeyResolver clientAddressKeyResolver(TrustedProxyProperties trustedProxy) {
		RemoteAddressResolver addresses = trustedProxy.enabled()
				? XForwardedRemoteAddressResolver.maxTrustedIndex(trustedProxy.hops()) : new RemoteAddressResolver() {
				};
		return new ClientAddressKeyResolver(addresses);
	}

}
