package cn.shegong.feedback.ticket.schedule;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import cn.shegong.platform.clock.ClockMoved;
import cn.shegong.feedback.ticket.application.OverdueEscalation;
import cn.shegong.feedback.ticket.application.QuietClosing;

/**
 * What time alone does to tickets: deadlines pass and quiet periods end without anyone
 * touching them. Both checks are safe to run again and from several instances, so the
 * timer only decides how soon things happen. Tests switch the timer off
 * ({@code shegong.feedback.schedules.enabled: false}) and call {@code runOnce()}
 * themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "shegong.feedback.schedules.enabled", havingValue = "true", matchIfMissing = true)
class TicketSchedules {

	private static final Logger log = LoggerFactory.getLogger(TicketSchedules.class);

	private final OverdueEscalation escalation;

	private final QuietClosing closing;

	TicketSchedules(OverdueEscalation escalation, QuietClosing closing) {
		this.escalation = escalation;
		this.closing = closing;
	}

	@Scheduled(initialDelayString = "${shegong.feedback.tickets.check-interval:PT1M}",
			fixedDelayString = "${shegong.feedback.tickets.check-interval:PT1M}")
	void check() {
		guarded("ticket overdue check", this.escalation::runOnce);
		guarded("ticket quiet closing", this.closing::runOnce);
	}

	/** Under the test clock, moving time runs the checks before the move is answered. */
	@EventListener(ClockMoved.class)
	void clockMoved() {
		check();
	}

	/**
	 * A failed pass is logged and left to the next one, which redoes whatever is left.
	 */
	private static void guarded(String check, Runnable pass) {
		try {
			pass.run();
		}
		catch (RuntimeException ex) {
			log.warn("The {} failed; the next run tries again", check, ex);
		}
	}

}
