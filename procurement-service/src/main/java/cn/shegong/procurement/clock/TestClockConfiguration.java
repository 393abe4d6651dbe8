package cn.shegong.procurement.clock;

import java.time.Clock;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Under the {@code test-clock} profile, and only there, the service's clock can be moved
 * forward (see docs/adr/0009). Tests and the local suite turn the profile on;
 * docker-compose.yml and deploy/k8s never do, and a test keeps it that way. The
 * platform's own system clock then backs off, as it does for any clock a service
 * declares.
 */
@Configuration(proxyBeanMethods = false)
@Profile(TestClockConfiguration.PROFILE)
public class TestClockConfiguration {

	public static final String PROFILE = "test-clock";

	private static final Logger log = LoggerFactory.getLogger(TestClockConfiguration.class);

	@Bean
	MovableClock movableClock(@Value("${shegong.time-zone:Asia/Shanghai}") String zone) {
		log.warn("Profile {} is active: this service's clock can be moved forward through /api/procurement/test-clock."
				+ " Never run it so in production.", PROFILE);
		return MovableClock.over(Clock.system(ZoneId.of(zone)));
	}

}
