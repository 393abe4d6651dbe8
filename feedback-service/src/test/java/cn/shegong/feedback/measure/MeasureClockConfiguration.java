package cn.shegong.feedback.measure;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The movable clock the survey and measure integration tests share, imported by both so
 * that they share one application context too.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MeasureClockConfiguration {

	@Bean
	MeasureClock clock() {
		return MeasureClock.inShanghai();
	}

}
