package cn.shegong.evaluation.evaluation.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import cn.shegong.evaluation.evaluation.application.EvaluationFlow;
import cn.shegong.platform.clock.ClockMoved;

/**
 * Time alone closes reply windows: a provisional grade nobody replied to becomes final
 * the day after its window. Tests switch the timer off
 * ({@code shegong.evaluation.schedules.enabled: false}) and call the flow themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "shegong.evaluation.schedules.enabled", havingValue = "true", matchIfMissing = true)
class ReplyWindowSchedules {

	private static final Logger log = LoggerFactory.getLogger(ReplyWindowSchedules.class);

	private final EvaluationFlow flow;

	ReplyWindowSchedules(EvaluationFlow flow) {
		this.flow = flow;
	}

	@Scheduled(initialDelayString = "${shegong.evaluation.schedules.check-interval:PT10M}",
			fixedDelayString = "${shegong.evaluation.schedules.check-interval:PT10M}")
	void check() {
		try {
			this.flow.finalizeClosedWindows();
		}
		catch (RuntimeException ex) {
			log.warn("Finalizing closed reply windows failed; the next run tries again", ex);
		}
	}

	/** Under the test clock, moving time closes windows before the move is answered. */
	@EventListener(ClockMoved.class)
	void clockMoved() {
		check();
	}

}
