package cn.shegong.feedback.measure.schedule;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import cn.shegong.feedback.measure.application.PeriodClosing;
import cn.shegong.platform.clock.ClockMoved;

/**
 * Periods end at midnight without anyone touching anything, so a daily timer closes them.
 * Closing is safe to repeat, so the timer only decides how soon a measure appears. Tests
 * switch the timer off ({@code shegong.feedback.schedules.enabled: false}) and call
 * {@link PeriodClosing#runOnce()} themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "shegong.feedback.schedules.enabled", havingValue = "true", matchIfMissing = true)
class MeasureSchedules {

	private static final Logger log = LoggerFactory.getLogger(MeasureSchedules.class);

	private final PeriodClosing closing;

	MeasureSchedules(PeriodClosing closing) {
		this.closing = closing;
	}

	@Scheduled(cron = "${shegong.feedback.measure.close-cron:0 20 0 * * *}",
			zone = "${shegong.time-zone:Asia/Shanghai}")
	void daily() {
		try {
			this.closing.runOnce();
		}
		catch (RuntimeException ex) {
			log.warn("Closing satisfaction periods failed; the next run tries again", ex);
		}
	}

	/**
	 * Under the test clock, moving time past a month's end closes the month before the
	 * move is answered; a move that ends no period changes nothing.
	 */
	@EventListener(ClockMoved.class)
	void clockMoved() {
		daily();
	}

}
