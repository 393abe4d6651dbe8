package cn.shegong.evaluation.spotcheck.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import cn.shegong.evaluation.spotcheck.application.SpotChecks;
import cn.shegong.platform.clock.ClockMoved;

/**
 * Draws the year's spot checks from the configured day on, for every region with eligible
 * contracts and no draw yet. Tests switch the timer off
 * ({@code shegong.evaluation.schedules.enabled: false}) and call the draw themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "shegong.evaluation.schedules.enabled", havingValue = "true", matchIfMissing = true)
class SpotCheckSchedules {

	private static final Logger log = LoggerFactory.getLogger(SpotCheckSchedules.class);

	private final SpotChecks spotChecks;

	SpotCheckSchedules(SpotChecks spotChecks) {
		this.spotChecks = spotChecks;
	}

	@Scheduled(initialDelayString = "${shegong.evaluation.schedules.check-interval:PT10M}",
			fixedDelayString = "${shegong.evaluation.schedules.check-interval:PT10M}")
	void check() {
		try {
			this.spotChecks.drawDue();
		}
		catch (RuntimeException ex) {
			log.warn("Drawing the year's spot checks failed; the next run tries again", ex);
		}
	}

	/**
	 * Under the test clock, moving time past the draw day draws before the move is
	 * answered.
	 */
	@EventListener(ClockMoved.class)
	void clockMoved() {
		check();
	}

}
