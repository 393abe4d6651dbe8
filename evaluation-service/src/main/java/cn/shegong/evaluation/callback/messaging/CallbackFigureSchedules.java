package cn.shegong.evaluation.callback.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import cn.shegong.evaluation.callback.application.CallbackFigureRepair;
import cn.shegong.platform.clock.ClockMoved;

/**
 * Writes lost callback figures again: at start-up, since a stop is what loses them, then
 * on every check and every move of the test clock. Tests switch the timer off
 * ({@code shegong.evaluation.schedules.enabled: false}) and run the pass themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "shegong.evaluation.schedules.enabled", havingValue = "true", matchIfMissing = true)
class CallbackFigureSchedules {

	private static final Logger log = LoggerFactory.getLogger(CallbackFigureSchedules.class);

	private final CallbackFigureRepair repair;

	CallbackFigureSchedules(CallbackFigureRepair repair) {
		this.repair = repair;
	}

	@Scheduled(initialDelayString = "${shegong.evaluation.schedules.check-interval:PT10M}",
			fixedDelayString = "${shegong.evaluation.schedules.check-interval:PT10M}")
	void check() {
		try {
			int open = this.repair.repairAll();
			log.debug("Callback figures of {} open evaluations checked", open);
		}
		catch (RuntimeException ex) {
			log.warn("Writing lost callback figures again failed; the next run tries again", ex);
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void started() {
		check();
	}

	/** Under the test clock, a move runs the pass before it is answered. */
	@EventListener(ClockMoved.class)
	void clockMoved() {
		check();
	}

}
