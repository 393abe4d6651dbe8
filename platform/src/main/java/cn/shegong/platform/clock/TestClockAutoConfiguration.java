package cn.shegong.platform.clock;

import java.time.Clock;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;

/**
 * Under the {@code test-clock} profile, and only there, a service's clock can be moved
 * forward (see docs/adr/0009). Tests and the local suite turn the profile on;
 * docker-compose.yml and deploy/k8s never do, and a launcher test keeps it that way. The
 * platform's own system clock then backs off, as it does for any clock a service
 * declares. Every service gets the same clock and the same
 * {@code <api-prefix>/test-clock} path, so an end-to-end test moves time the same way in
 * each.
 */
@AutoConfiguration(beforeName = "cn.shegong.platform.consumer.EventsAutoConfiguration")
@Profile(TestClockAutoConfiguration.PROFILE)
public class TestClockAutoConfiguration {

	public static final String PROFILE = "test-clock";

	private static final Logger log = LoggerFactory.getLogger(TestClockAutoConfiguration.class);

	@Bean
	MovableClock movableClock(@Value("${shegong.time-zone:Asia/Shanghai}") String zone,
			@Value("${spring.application.name}") String service) {
		log.warn("Profile {} is active: {}'s clock can be moved forward through its test-clock path."
				+ " Never run it so in production.", PROFILE, service);
		return MovableClock.over(Clock.system(ZoneId.of(zone)));
	}

	@Bean
	TestClockController testClockController(MovableClock clock, ApplicationEventPublisher events) {
		return new TestClockController(clock, events);
	}

}
