package cn.shegong.procurement.schedule;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import cn.shegong.platform.clock.ClockMoved;
import cn.shegong.procurement.contract.application.TenderFollowsContract;
import cn.shegong.procurement.delivery.application.MilestoneDueCheck;
import cn.shegong.procurement.registry.application.BanLapseCheck;

/**
 * The checks that time alone triggers: milestones coming due, tenders going into service
 * when their contract's term starts, bans lapsing. Each check is safe to run again and
 * from several instances at once, so the timer only decides how soon things happen. Tests
 * switch the timer off ({@code shegong.procurement.schedules.enabled: false}) and call
 * the checks' {@code runOnce()} themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "shegong.procurement.schedules.enabled", havingValue = "true", matchIfMissing = true)
class ProcurementSchedules {

	private static final Logger log = LoggerFactory.getLogger(ProcurementSchedules.class);

	private final MilestoneDueCheck milestones;

	private final TenderFollowsContract tenders;

	private final BanLapseCheck bans;

	ProcurementSchedules(MilestoneDueCheck milestones, TenderFollowsContract tenders, BanLapseCheck bans) {
		this.milestones = milestones;
		this.tenders = tenders;
		this.bans = bans;
	}

	@Scheduled(initialDelayString = "${shegong.procurement.milestones.check-interval:PT1M}",
			fixedDelayString = "${shegong.procurement.milestones.check-interval:PT1M}")
	void checkContracts() {
		guarded("milestone due check", this.milestones::runOnce);
		guarded("service start check", this.tenders::runOnce);
	}

	@Scheduled(initialDelayString = "${shegong.procurement.bans.check-interval:PT1H}",
			fixedDelayString = "${shegong.procurement.bans.check-interval:PT1H}")
	void checkBans() {
		guarded("ban lapse check", this.bans::runOnce);
	}

	/**
	 * Under the test clock, moving time runs what the timers would have run by then,
	 * before the move is answered.
	 */
	@EventListener(ClockMoved.class)
	void clockMoved() {
		checkContracts();
		checkBans();
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
