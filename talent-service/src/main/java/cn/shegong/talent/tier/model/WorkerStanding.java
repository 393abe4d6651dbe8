package cn.shegong.talent.tier.model;

import java.util.Optional;

import cn.shegong.talent.appraisal.model.AppraisalGrade;
import cn.shegong.talent.certificate.model.CertificateLevel;

/**
 * What the tier rules read about a worker on the day of a decision: no name, no ID.
 *
 * @param level the highest level among the worker's certificates registered and valid
 * that day (as {@code Certification.of} finds it), empty for uncertified staff (辅助人员)
 * @param yearsOfService completed years of social-work service
 * @param lastGrade the grade of the last annual appraisal, empty before the first
 */
public record WorkerStanding(String workerId, Tier tier, Optional<CertificateLevel> level, int yearsOfService,
		Optional<AppraisalGrade> lastGrade) {

	public WorkerStanding {
		if (workerId == null || workerId.isBlank() || tier == null || level == null || lastGrade == null) {
			throw new IllegalArgumentException("a worker's standing needs an id, a tier, a level and a last grade");
		}
		if (yearsOfService < 0) {
			throw new IllegalArgumentException("years of service cannot be negative, was " + yearsOfService);
		}
	}

}
