package cn.shegong.talent.tier.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.shegong.talent.appraisal.model.AppraisalGrade;

/**
 * What a worker needs to hold a tier: all three conditions at once.
 */
public record TierRequirement(CertificateLevel minimumLevel, int minimumYearsOfService,
		AppraisalGrade minimumLastGrade) {

	public TierRequirement {
		if (minimumLevel == null || minimumLastGrade == null || minimumYearsOfService < 0) {
			throw new IllegalArgumentException("a tier requirement needs a level, a grade and non-negative years");
		}
	}

	/** Every condition the worker misses for the tier, empty if none. */
	List<Holdback> holdbacksFor(WorkerStanding worker, Tier tier) {
		List<Holdback> holdbacks = new ArrayList<>();
		if (!worker.level().isAtLeast(this.minimumLevel)) {
			holdbacks.add(new Holdback("certificate-level-too-low", tier + " needs " + this.minimumLevel.chineseName()
					+ " or higher; the worker holds " + worker.level().chineseName() + "."));
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
		return this.minimumLevel.isAtLeast(other.minimumLevel)
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

}
