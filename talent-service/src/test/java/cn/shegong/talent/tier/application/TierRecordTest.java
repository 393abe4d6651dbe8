package cn.shegong.talent.tier.application;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.shegong.talent.appraisal.model.AppraisalGrade;
import cn.shegong.talent.tier.application.TierRecord.YearAppraisal;
import cn.shegong.talent.worker.model.Employment;

import static org.assertj.core.api.Assertions.assertThat;

class TierRecordTest {

	@Test
	void theLastGradeIsTheLatestYearsEvenWhenAnEarlierYearWasRecordedLater() {
		TierRecord record = TierRecord.start("worker-1")
			.with(new YearAppraisal(2024, "91.00", AppraisalGrade.EXCELLENT))
			.with(new YearAppraisal(2023, "65.00", AppraisalGrade.PASS));

		assertThat(record.lastGrade()).contains(AppraisalGrade.EXCELLENT);
	}

	@Test
	void aWorkerNeverAppraisedHasNoLastGrade() {
		assertThat(TierRecord.start("worker-1").lastGrade()).isEmpty();
	}

	@Test
	void aWorkerWhoJoinedMidMonthIsPaidForTheDaysFromTheirFirstDay() {
		Employment joined = new Employment("agency-1", LocalDate.of(2025, 3, 21), Optional.empty());

		assertThat(AllowancePayroll.daysWithin(joined, YearMonth.of(2025, 3))).isEqualTo(11);
	}

	@Test
	void aWorkerWhoLeftMidMonthIsPaidUpToTheirLastDay() {
		Employment left = new Employment("agency-1", LocalDate.of(2024, 1, 1), Optional.of(LocalDate.of(2025, 2, 10)));

		assertThat(AllowancePayroll.daysWithin(left, YearMonth.of(2025, 2))).isEqualTo(10);
	}

	@Test
	void anEmploymentThatBeganAfterTheMonthCountsNoDays() {
		Employment later = new Employment("agency-1", LocalDate.of(2025, 4, 1), Optional.empty());

		assertThat(AllowancePayroll.daysWithin(later, YearMonth.of(2025, 3))).isZero();
	}

}
