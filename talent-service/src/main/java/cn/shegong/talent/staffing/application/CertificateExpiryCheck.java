package cn.shegong.talent.staffing.application;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import cn.shegong.platform.outbox.Outbox;
import cn.shegong.talent.certificate.application.CertifiedWorkers;
import cn.shegong.talent.certificate.model.Certificate;
import cn.shegong.talent.certificate.model.Registration;
import cn.shegong.talent.event.CertificateExpiring;
import cn.shegong.talent.event.TalentEvents;
import cn.shegong.talent.staffing.model.CertificateExpiryNotice;
import cn.shegong.talent.staffing.persistence.ExpiryNotices;
import cn.shegong.talent.worker.application.Employers;

/**
 * Announces {@code talent.CertificateExpiring} as a registration's last valid day nears,
 * at each of the notice's days ahead, at most once per registration and days ahead: the
 * notice is recorded under that key with its event in one insert, so a second check, or a
 * second instance, finds it taken.
 */
@Component
public class CertificateExpiryCheck {

	private static final Logger log = LoggerFactory.getLogger(CertificateExpiryCheck.class);

	private final CertifiedWorkers certifiedWorkers;

	private final Employers employers;

	private final ExpiryNotices notices;

	private final Outbox outbox;

	private final StaffingCompliance compliance;

	private final CertificateExpiryNotice notice;

	/**
	 * @param daysAhead when notices go out, e.g. {@code 90,30}; a city that warns earlier
	 * or more often says so, a list that cannot hold stops start-up
	 */
	CertificateExpiryCheck(CertifiedWorkers certifiedWorkers, Employers employers, ExpiryNotices notices, Outbox outbox,
			StaffingCompliance compliance,
			@Value("${shegong.talent.registration.expiry-notice-days-ahead:90,30}") List<Integer> daysAhead) {
		this.notice = new CertificateExpiryNotice(daysAhead);
		this.certifiedWorkers = certifiedWorkers;
		this.employers = employers;
		this.notices = notices;
		this.outbox = outbox;
		this.compliance = compliance;
	}

	/** One pass; returns how many notices this pass sent. */
	public int runOnce() {
		LocalDate today = this.compliance.today();
		int furthest = this.notice.daysAhead().get(0);
		int sent = 0;
		for (Certificate certificate : this.certifiedWorkers.currentRegistrationEndingBetween(today,
				today.plusDays(furthest))) {
			sent += announceIfDue(certificate, today) ? 1 : 0;
		}
		if (sent > 0) {
			log.info("{} certificate expiry notice(s) sent on {}", sent, today);
		}
		return sent;
	}

	private boolean announceIfDue(Certificate certificate, LocalDate today) {
		Registration registration = certificate.currentRegistration();
		Set<Integer> alreadySent = this.notices.sentFor(certificate.id(), registration.from());
		OptionalInt due = this.notice.dueOn(registration.validThrough(), today, alreadySent);
		if (due.isEmpty()) {
			return false;
		}
		// A worker no longer recorded has nobody to warn.
		String agencyId = this.employers.currentEmployerOf(certificate.workerId()).orElse(null);
		if (agencyId == null) {
			return false;
		}
		CertificateExpiring expiring = new CertificateExpiring(certificate.workerId(), agencyId, certificate.id(),
				certificate.level(), registration.validThrough(), due.getAsInt());
		return this.notices.record(certificate.id(), registration.from(), due.getAsInt(), today,
				this.outbox.pending(TalentEvents.CERTIFICATE_EXPIRING, certificate.workerId(), expiring));
	}

}
