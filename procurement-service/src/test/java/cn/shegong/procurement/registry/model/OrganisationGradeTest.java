package cn.shegong.procurement.registry.model;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.shegong.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganisationGradeTest {

	private static final LocalDate ASSESSED = LocalDate.of(2023, 6, 1);

	private static final LocalDate LAST_VALID_DAY = LocalDate.of(2028, 5, 31);

	private final GradeAssessment assessment = new GradeAssessment(OrganisationGrade.A4, ASSESSED, LAST_VALID_DAY);

	@Test
	void gradesDisplayAsOnTheCertificate() {
		assertThat(OrganisationGrade.A1.display()).isEqualTo("1A");
		assertThat(OrganisationGrade.A5.display()).isEqualTo("5A");
	}

	@Test
	void displayTextReadsBackInEitherCase() {
		assertThat(OrganisationGrade.fromDisplay("3A")).isEqualTo(OrganisationGrade.A3);
		assertThat(OrganisationGrade.fromDisplay("5a")).isEqualTo(OrganisationGrade.A5);
	}

	@Test
	void sixAIsNotAGrade() {
		assertThatThrownBy(() -> OrganisationGrade.fromDisplay("6A")).isInstanceOf(ProblemException.class)
			.hasMessageContaining("got '6A'")
			.extracting((ex) -> ((ProblemException) ex).rule())
			.isEqualTo("unknown-organisation-grade");
	}

	@Test
	void assessmentIsValidFromItsDayThroughItsLastValidDay() {
		assertThat(this.assessment.isValidOn(ASSESSED)).isTrue();
		assertThat(this.assessment.isValidOn(LAST_VALID_DAY)).isTrue();
	}

	@Test
	void assessmentIsNotValidTheDayBeforeOrTheDayAfter() {
		assertThat(this.assessment.isValidOn(ASSESSED.minusDays(1))).isFalse();
		assertThat(this.assessment.isValidOn(LAST_VALID_DAY.plusDays(1))).isFalse();
	}

	@Test
	void assessmentValidForItsOwnDayOnlyIsAccepted() {
		assertThat(new GradeAssessment(OrganisationGrade.A1, ASSESSED, ASSESSED).isValidOn(ASSESSED)).isTrue();
	}

	@Test
	void assessmentExpiringBeforeItWasGivenIsRefused() {
		assertThatThrownBy(() -> new GradeAssessment(OrganisationGrade.A1, ASSESSED, ASSESSED.minusDays(1)))
			.isInstanceOf(ProblemException.class)
			.hasMessageContaining("2023-06-01")
			.hasMessageContaining("2023-05-31")
			.extracting((ex) -> ((ProblemException) ex).rule())
			.isEqualTo("grade-expires-before-assessment");
	}

}
