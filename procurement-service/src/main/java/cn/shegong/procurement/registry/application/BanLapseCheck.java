package cn.shegong.procurement.registry.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.shegong.platform.outbox.Outbox;
import cn.shegong.platform.outbox.PendingEvent;
import cn.shegong.procurement.event.ProcurementEvents;
import cn.shegong.procurement.registry.persistence.BanLapseCheckpoints;
import cn.shegong.procurement.registry.persistence.BanLapseCheckpoints.Candidate;
import cn.shegong.procurement.tender.persistence.TenderStore;

/**
 * Announces {@code procurement.AgencyBanLifted} once for each ban whose end date has come
 * (by the service clock, in the buyer's calendar) and left the agency free to bid, for
 * agencies the registry does not know as well, whose bans were announced too. The ban
 * itself needs no lifting: eligibility reads the ban period by date. Safe to run again
 * and from several instances at once (see {@link BanLapseCheckpoints}).
 */
@Component
public class BanLapseCheck {

	private static final Logger log = LoggerFactory.getLogger(BanLapseCheck.class);

	private final BanLapseCheckpoints checkpoints;

	private final Outbox outbox;

	private final Clock clock;

	BanLapseCheck(BanLapseCheckpoints checkpoints, Outbox outbox, Clock clock) {
		this.checkpoints = checkpoints;
		this.outbox = outbox;
		this.clock = clock;
	}

	/** One pass; returns how many lifted bans it announced. */
	public int runOnce() {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), TenderStore.BUYER_ZONE);
		int announced = 0;
		for (Candidate candidate : this.checkpoints.dueBy(today)) {
			List<PendingEvent> lifted = candidate.liftedThrough(today)
				.stream()
				.map((ban) -> this.outbox.pending(ProcurementEvents.AGENCY_BAN_LIFTED, candidate.agencyId(),
						AgencyBanEvents.Lifted.of(candidate.agencyId(), ban)))
				.toList();
			if (this.checkpoints.advance(candidate, today, lifted)) {
				announced += lifted.size();
			}
		}
		if (announced > 0) {
			this.outbox.written();
			log.info("{} ban(s) lapsed by {}", announced, today);
		}
		return announced;
	}

}
