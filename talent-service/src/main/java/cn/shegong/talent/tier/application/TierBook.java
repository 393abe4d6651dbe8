package cn.shegong.talent.tier.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import cn.shegong.platform.outbox.Outbox;
import cn.shegong.platform.problem.ProblemException;
import cn.shegong.platform.security.Caller;
import cn.shegong.talent.appraisal.model.AppraisalInputs;
import cn.shegong.talent.appraisal.model.AppraisalPolicy;
import cn.shegong.talent.appraisal.model.AppraisalResult;
import cn.shegong.talent.certificate.model.Certification;
import cn.shegong.talent.certificate.persistence.CertificateRepository;
import cn.shegong.talent.certificate.persistence.StoredCertificate;
import cn.shegong.talent.event.TalentEvents;
import cn.shegong.talent.event.TierChanged;
import cn.shegong.talent.tier.application.TierRecord.YearAppraisal;
import cn.shegong.talent.tier.model.AllowanceSchedule;
import cn.shegong.talent.tier.model.TierDecision;
import cn.shegong.talent.tier.model.TierPolicy;
import cn.shegong.talent.tier.model.WorkerStanding;
import cn.shegong.talent.tier.persistence.WorkerTierStore;
import cn.shegong.talent.worker.application.HrAgency;
import cn.shegong.talent.worker.application.WorkerDirectory;
import cn.shegong.talent.worker.persistence.StoredWorker;

/**
 * HR records its workers' annual appraisals and reviews their tiers. Reaching a worker
 * goes through {@link WorkerDirectory#readOwn}, so another agency's workers stay
 * invisible. A promotion and its {@code talent.TierChanged} are stored together.
 */
@Service
public class TierBook {

	private static final Logger log = LoggerFactory.getLogger(TierBook.class);

	private final WorkerDirectory workers;

	private final CertificateRepository certificates;

	private final WorkerTierStore tiers;

	private final AppraisalPolicy appraisalPolicy;

	private final TierPolicy tierPolicy;

	private final AllowanceSchedule schedule;

	private final Outbox outbox;

	private final Clock clock;

	TierBook(WorkerDirectory workers, CertificateRepository certificates, WorkerTierStore tiers,
			AppraisalPolicy appraisalPolicy, TierPolicy tierPolicy, AllowanceSchedule schedule, Outbox outbox,
			Clock clock) {
		this.workers = workers;
		this.certificates = certificates;
		this.tiers = tiers;
		this.appraisalPolicy = appraisalPolicy;
		this.tierPolicy = tierPolicy;
		this.schedule = schedule;
		this.outbox = outbox;
		this.clock = clock;
	}

	/** Grades one year's 360-degree scores; a year is appraised once. */
	public YearAppraisal recordAppraisal(Caller caller, String workerId, int year, AppraisalInputs inputs) {
		StoredWorker worker = this.workers.readOwn(caller, workerId);
		if (year > today().getYear()) {
			throw ProblemException.ruleViolated("appraisal-year-in-the-future",
					"An appraisal covers a year that has begun, was %s".formatted(year), year);
		}
		TierRecord record = this.tiers.find(workerId).orElseGet(() -> TierRecord.start(workerId));
		if (record.appraisalOf(year).isPresent()) {
			throw ProblemException.conflict("appraisal-already-recorded",
					"The %s appraisal of worker %s is already recorded".formatted(year, workerId), year, workerId);
		}
		AppraisalResult result = this.appraisalPolicy.appraise(inputs);
		YearAppraisal appraisal = new YearAppraisal(year, result.score().toString(), result.grade());
		this.tiers.save(record.with(appraisal), worker.worker().employerId(), List.of());
		return appraisal;
	}

	/**
	 * Reviews the worker's tier against today's certificates, years and last appraisal; a
	 * promotion is stored with its event.
	 */
	public TierDecision review(Caller caller, String workerId) {
		StoredWorker worker = this.workers.readOwn(caller, workerId);
		LocalDate today = today();
		TierRecord record = this.tiers.find(workerId).orElseGet(() -> TierRecord.start(workerId));
		TierDecision decision = this.tierPolicy.review(new WorkerStanding(workerId, record.tier(),
				levelOn(workerId, today), worker.worker().yearsOfService(), record.lastGrade()));
		if (decision.isPromotion()) {
			String agencyId = HrAgency.of(caller);
			TierChanged changed = TierChanged.of(decision, agencyId, this.schedule, today);
			this.tiers.save(record.movedTo(decision.to()), agencyId,
					List.of(this.outbox.pending(TalentEvents.TIER_CHANGED, workerId, changed)));
			log.info("Worker {} promoted from {} to {}", workerId, decision.from(), decision.to());
		}
		return decision;
	}

	private Optional<cn.shegong.talent.certificate.model.CertificateLevel> levelOn(String workerId, LocalDate day) {
		return Certification
			.of(this.certificates.heldBy(workerId).stream().map(StoredCertificate::certificate).toList(), day)
			.map(Certification::level);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
