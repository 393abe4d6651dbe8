package cn.shegong.feedback.intake;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Forgets the fingerprints of anonymous submissions once their window has passed, so the
 * collection holds minutes of traffic, not years. A fingerprint found past its window is
 * ignored anyway, so how soon this runs does not change any answer.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "shegong.feedback.schedules.enabled", havingValue = "true", matchIfMissing = true)
class IntakeSchedules {

	private static final Logger log = LoggerFactory.getLogger(IntakeSchedules.class);

	private final SubmissionGuard guard;

	IntakeSchedules(SubmissionGuard guard) {
		this.guard = guard;
	}

	@Scheduled(initialDelayString = "PT5M", fixedDelayString = "${shegong.feedback.intake.forget-interval:PT1H}")
	void forgetExpired() {
		try {
			long forgotten = this.guard.forgetExpired();
			log.debug("Forgot {} expired submission fingerprint(s)", forgotten);
		}
		catch (RuntimeException ex) {
			log.warn("Could not forget expired submission fingerprints; the next run tries again", ex);
		}
	}

}
