package cn.shegong.talent.schedule;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import cn.shegong.platform.clock.ClockMoved;
import cn.shegong.talent.staffing.application.CertificateExpiryCheck;
import cn.shegong.talent.staffing.application.StaffingCompliance;
import cn.shegong.talent.staffing.application.StaffingDailyCheck;

/**
 * The checks that time alone triggers: registrations lapse and near their end without
 * anyone touching them. Each check is safe to run again and from several instances, so
 * the timer only decides how soon things happen. Tests switch the timer off
 * ({@code shegong.talent.schedules.enabled: false}) and call {@code runOnce()}
 * themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "shegong.talent.schedules.enabled", havingValue = "true", matchIfMissing = true)
class TalentSchedules {

	private static final Logger log = LoggerFactory.getLogger(TalentSchedules.class);

	private final StaffingDailyCheck staffing;

	private final CertificateExpiryCheck expiries;

	private final StaffingCompliance compliance;

	TalentSchedules(StaffingDailyCheck staffing, CertificateExpiryCheck expiries, StaffingCompliance compliance) {
		this.staffing = staffing;
		this.compliance = compliance;
		this.expiries = expiries;
	}

	/** Re-assessments that a busy contract could not take at the time of the change. */
	@Scheduled(initialDelayString = "${shegong.talent.schedules.recheck-interval:PT1M}",
			fixedDelayString = "${shegong.talent.schedules.recheck-interval:PT1M}")
	void rechecks() {
		guarded("staffing recheck", this.compliance::recheckQueued);
	}

	@Scheduled(cron = "${shegong.talent.schedules.daily-cron:0 5 0 * * *}", zone = "${shegong.time-zone:Asia/Shanghai}")
	void daily() {
		guarded("staffing check", this.staffing::runOnce);
		guarded("certificate expiry check", this.expiries::runOnce);
		rechecks();
	}

	/**
	 * Under the test clock, moving time past midnight runs what midnight runs, before the
	 * move is answered. Both checks compare with what they last announced, so running
	 * them on a move that crossed no midnight changes nothing.
	 */
	@EventListener(ClockMoved.class)
	void clockMoved() {
		daily();
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
