package cn.shegong.procurement.registry.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import cn.shegong.procurement.registry.model.GradeAssessment;
import cn.shegong.procurement.registry.model.OrganisationGrade;

/**
 * An organisation grade as printed ("1A".."5A"), the day it was given and the last day it
 * holds, on the basis of the agency's {@code version} the client read.
 */
record GradeRequest(@NotBlank String grade, @NotNull LocalDate assessedOn, @NotNull LocalDate validUntil,
		@NotNull Long version) {

	GradeAssessment toAssessment() {
		return new GradeAssessment(OrganisationGrade.fromDisplay(this.grade), this.assessedOn, this.validUntil);
	}

}
