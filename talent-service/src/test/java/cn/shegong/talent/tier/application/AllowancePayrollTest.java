package cn.shegong.talent.tier.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.shegong.talent.tier.model.AllowanceEntitlement;
import cn.shegong.talent.tier.model.AllowanceRun;
import cn.shegong.talent.tier.model.AllowanceSchedule;
import cn.shegong.talent.tier.model.Tier;
import cn.shegong.talent.worker.model.Education;
import cn.shegong.talent.worker.model.ProfileChangeNote;
import cn.shegong.talent.worker.model.ProtectedResidentId;
import cn.shegong.talent.worker.model.SocialWorker;

import static org.assertj.core.api.Assertions.assertThat;

class AllowancePayrollTest {

	static final YearMonth JUNE = YearMonth.of(2025, 6);

	static final ProfileChangeNote NOTE = new ProfileChangeNote("hr-1", Instant.parse("2025-06-01T00:00:00Z"),
			"asked for shorter hours");

	static SocialWorker hiredOnNewYear(int fteBasisPoints) {
		return SocialWorker.hire("worker-1", "张敏", new ProtectedResidentId("c", "h", "3304**********1234"),
				Education.BACHELOR, 3, "agency-1", LocalDate.of(2025, 1, 1), fteBasisPoints);
	}

	static AllowanceRun runOf(SocialWorker worker, YearMonth month) {
		return AllowanceRun.of("agency-1", month, AllowanceSchedule.defaults(),
				AllowancePayroll.entitlement(worker, "agency-1", month, Tier.ONE).stream().toList());
	}

	@Test
	void aHalfTimeWorkerGetsHalfTheTierAllowance() {
		assertThat(runOf(hiredOnNewYear(5_000), JUNE).total().toYuan()).isEqualTo("150.00");
	}

	@Test
	void aChangeOfWorkingTimeMidMonthPaysEachStretchAtItsOwnShare() {
		SocialWorker halvedOnTheSixteenth = hiredOnNewYear(10_000).changeWorkingTime(5_000, LocalDate.of(2025, 6, 16),
				NOTE);

		AllowanceEntitlement entitlement = AllowancePayroll
			.entitlement(halvedOnTheSixteenth, "agency-1", JUNE, Tier.ONE)
			.orElseThrow();

		// 15 days full time and 15 days half time: 150.00 + 75.00.
		assertThat(entitlement.fteBasisPoints()).isEqualTo(7_500);
		assertThat(entitlement.daysEmployed()).isEqualTo(30);
		assertThat(runOf(halvedOnTheSixteenth, JUNE).total().toYuan()).isEqualTo("225.00");
	}

	@Test
	void theMonthsBeforeAndAfterAChangePayOneShareEach() {
		SocialWorker halvedInJune = hiredOnNewYear(10_000).changeWorkingTime(5_000, LocalDate.of(2025, 6, 16), NOTE);

		assertThat(runOf(halvedInJune, YearMonth.of(2025, 5)).total().toYuan()).isEqualTo("300.00");
		assertThat(runOf(halvedInJune, YearMonth.of(2025, 7)).total().toYuan()).isEqualTo("150.00");
	}

	@Test
	void anUnevenSplitRoundsTheDayWeightedShareHalfUpToTheBasisPoint() {
		SocialWorker halvedOnJulySeventeenth = hiredOnNewYear(10_000).changeWorkingTime(5_000,
				LocalDate.of(2025, 7, 17), NOTE);

		// 16 days at 10000 and 15 at 5000 over 31 days: 7580.6 basis points.
		assertThat(AllowancePayroll.entitlement(halvedOnJulySeventeenth, "agency-1", YearMonth.of(2025, 7), Tier.ONE)
			.orElseThrow()
			.fteBasisPoints()).isEqualTo(7_581);
	}

	@Test
	void anUnevenSplitIsPaidOnTheExactDaysAtEachShareAndRoundedOnceToTheFen() {
		SocialWorker halvedOnJulySeventeenth = hiredOnNewYear(10_000).changeWorkingTime(5_000,
				LocalDate.of(2025, 7, 17), NOTE);

		// 300 × (16 × 10000 + 15 × 5000) ÷ (10000 × 31) = 227.419…, not 300 × 0.7581.
		assertThat(runOf(halvedOnJulySeventeenth, YearMonth.of(2025, 7)).total().toYuan()).isEqualTo("227.42");
	}

	@Test
	void aWorkerWhoLeftBeforeTheMonthIsNotPaid() {
		SocialWorker leftInMay = hiredOnNewYear(5_000).moveTo("agency-2", LocalDate.of(2025, 5, 1));

		assertThat(AllowancePayroll.entitlement(leftInMay, "agency-1", JUNE, Tier.ONE)).isEmpty();
		assertThat(runOf(leftInMay, JUNE).lines()).isEqualTo(List.of());
	}

}
