package cn.shegong.talent.tier.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.shegong.talent.appraisal.model.AppraisalGrade;
import cn.shegong.talent.certificate.model.CertificateLevel;

/**
 * What a worker needs to hold a tier: all three conditions at once.
 *
 * @param minimumLevel the least certificate level, empty if none is needed
 */
public record TierRequirement(Optional<CertificateLevel> minimumLevel, int minimumYearsOfService,
		AppraisalGrade minimumLastGrade) {

	public TierRequirement {
		if (minimumLevel == null || minimumLastGrade == null || minimumYearsOfService < 0) {
			throw new IllegalArgumentException("a tier requirement needs a level, a grade and non-negative years");
		}
	}

	/** Every condition the worker misses for the tier, empty if none. */
	List<Holdback> holdbacksFor(WorkerStanding worker, Tier tier) {
		List<Holdback> holdbacks = new ArrayList<>();
		if (!atLeast(worker.level(), this.minimumLevel)) {
			holdbacks.add(new Holdback("certificate-level-too-low", tier + " needs " + title(this.minimumLevel)
					+ " or higher; the worker holds " + title(worker.level()) + "."));
		}
		if (worker.yearsOfService() < this.minimumYearsOfService) {
			holdbacks.add(new Holdback("too-few-years-of-service", tier + " needs " + this.minimumYearsOfService
					+ " years of service; the worker has " + worker.yearsOfService() + "."));
		}
		gradeHoldback(worker, tier).ifPresent(holdbacks::add);
		return holdbacks;
	}

	/** Whether this requirement asks at least as much as the other on every condition. */
	boolean asksAtLeast(TierRequirement other) {
		return atLeast(this.minimumLevel, other.minimumLevel)
				&& this.minimumYearsOfService >= other.minimumYearsOfService
				&& this.minimumLastGrade.isAtLeast(other.minimumLastGrade);
	}

	private Optional<Holdback> gradeHoldback(WorkerStanding worker, Tier tier) {
		String needed = tier + " needs a last appraisal of " + this.minimumLastGrade.label() + " or better";
		if (worker.lastGrade().isEmpty()) {
			return Optional.of(new Holdback("no-appraisal-yet", needed + "; the worker has not been appraised yet."));
		}
		AppraisalGrade last = worker.lastGrade().get();
		return last.isAtLeast(this.minimumLastGrade) ? Optional.empty() : Optional
			.of(new Holdback("last-appraisal-grade-too-low", needed + "; the last was " + last.label() + "."));
	}

	/** Any level is at least none; none is at least none only. */
	private static boolean atLeast(Optional<CertificateLevel> level, Optional<CertificateLevel> minimum) {
		return minimum.isEmpty() || level.filter((held) -> held.compareTo(minimum.get()) >= 0).isPresent();
	}

	private static String title(Optional<CertificateLevel> level) {
		return level.map(CertificateLevel::title).orElse("no certificate (无证书)");
	}

}
