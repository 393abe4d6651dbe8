package cn.shegong.feedback.measure;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import cn.shegong.platform.test.AdjustableClock;

/**
 * The movable clock the survey and measure integration tests share, imported by both so
 * that they share one application context too.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MeasureClockConfiguration {

	@Bean
	AdjustableClock clock() {
		return AdjustableClock.inShanghai();
	}

}
