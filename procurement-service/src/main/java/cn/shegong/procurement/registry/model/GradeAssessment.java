package cn.shegong.procurement.registry.model;

import java.time.LocalDate;
import java.util.Objects;

import cn.shegong.platform.problem.ProblemException;

/**
 * The outcome of one 社会组织评估: the grade, the day it was given and the last day it is
 * valid. Unlike a ban's end, {@code validUntil} is inclusive, because a grade certificate
 * states "有效期至" the last day on which it holds.
 */
public record GradeAssessment(OrganisationGrade grade, LocalDate assessedOn, LocalDate validUntil) {

	public GradeAssessment {
		Objects.requireNonNull(grade, "grade");
		Objects.requireNonNull(assessedOn, "assessedOn");
		Objects.requireNonNull(validUntil, "validUntil");
		if (validUntil.isBefore(assessedOn)) {
			throw ProblemException.ruleViolated("grade-expires-before-assessment",
					"a grade assessed on %s cannot expire on %s".formatted(assessedOn, validUntil), assessedOn,
					validUntil);
		}
	}

	/** True from the assessment day through the last valid day, both included. */
	public boolean isValidOn(LocalDate day) {
		return !day.isBefore(this.assessedOn) && !day.isAfter(this.validUntil);
	}

}
