package cn.shegong.procurement.delivery.model;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.shegong.procurement.project.model.ContractTerm;
import cn.shegong.procurement.project.model.TermRules;

import static cn.shegong.platform.test.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

class ReportingPeriodTest {

	private static final ReportingPeriod FIRST_QUARTER = new ReportingPeriod(LocalDate.of(2027, 1, 1),
			LocalDate.of(2027, 3, 31));

	@Test
	void aPeriodEndingBeforeItStartsIsRefused() {
		assertThat(refusalOf(() -> new ReportingPeriod(LocalDate.of(2027, 3, 31), LocalDate.of(2027, 1, 1))).rule())
			.isEqualTo("period-ends-before-it-starts");
	}

	@Test
	void periodsSharingOneDayOverlap() {
		ReportingPeriod fromLastDay = new ReportingPeriod(LocalDate.of(2027, 3, 31), LocalDate.of(2027, 6, 30));

		assertThat(FIRST_QUARTER.overlaps(fromLastDay)).isTrue();
		assertThat(fromLastDay.overlaps(FIRST_QUARTER)).isTrue();
	}

	@Test
	void consecutiveQuartersDoNotOverlap() {
		ReportingPeriod secondQuarter = new ReportingPeriod(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 6, 30));

		assertThat(FIRST_QUARTER.overlaps(secondQuarter)).isFalse();
	}

	@Test
	void aPeriodIsWithinTheTermOnlyWhenBothEndsAre() {
		ContractTerm term = ContractTerm.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), null,
				TermRules.defaults());

		assertThat(FIRST_QUARTER.isWithin(term)).isTrue();
		assertThat(new ReportingPeriod(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 2, 28)).isWithin(term)).isFalse();
		assertThat(new ReportingPeriod(LocalDate.of(2027, 12, 1), LocalDate.of(2028, 1, 31)).isWithin(term)).isFalse();
	}

}
