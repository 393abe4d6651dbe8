package cn.shegong.talent.tier.model;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import static cn.shegong.platform.test.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

class AllowanceRunTest {

	private static final YearMonth APRIL = YearMonth.of(2027, 4);

	private final AllowanceSchedule schedule = AllowanceSchedule.defaults();

	@Test
	void theDefaultAllowancesAreThreeToSixHundredYuanByTier() {
		assertThat(this.schedule.monthlyFor(Tier.ONE)).isEqualTo(Money.ofYuan(300));
		assertThat(this.schedule.monthlyFor(Tier.FOUR)).isEqualTo(Money.ofYuan(600));
	}

	@Test
	void fullTimeWorkersOfAWholeMonthAreEachPaidTheirTiersAllowance() {
		AllowanceRun run = AllowanceRun.of("agency-maqiao", APRIL, this.schedule,
				List.of(AllowanceEntitlement.wholeMonth("w-2", "李四", Tier.TWO, 30),
						AllowanceEntitlement.wholeMonth("w-1", "张三", Tier.FOUR, 30)));

		assertThat(run.lines()).extracting(AllowanceLine::due).containsExactly(Money.ofYuan(600), Money.ofYuan(400));
		assertThat(run.total()).isEqualTo(Money.ofYuan(1000));
	}

	@Test
	void linesAreInWorkerIdOrderWhateverTheInputOrder() {
		AllowanceRun run = AllowanceRun.of("agency-maqiao", APRIL, this.schedule,
				List.of(AllowanceEntitlement.wholeMonth("w-3", "王五", Tier.ONE, 30),
						AllowanceEntitlement.wholeMonth("w-1", "张三", Tier.ONE, 30),
						AllowanceEntitlement.wholeMonth("w-2", "李四", Tier.ONE, 30)));

		assertThat(run.lines()).extracting(AllowanceLine::workerId).containsExactly("w-1", "w-2", "w-3");
	}

	@Test
	void aHalfTimeWorkerHiredMidMonthIsPaidProRataRoundedToTheFen() {
		AllowanceRun run = AllowanceRun.of("agency-maqiao", APRIL, this.schedule,
				List.of(new AllowanceEntitlement("w-1", "张三", Tier.THREE, 5_000, 7)));

		// 500 yuan × 50% × 7/30 = 58.333… → 58.33
		assertThat(run.total()).isEqualTo(Money.ofFen(5_833));
	}

	@Test
	void moreDaysEmployedThanTheMonthHasAreRefused() {
		List<AllowanceEntitlement> tooMany = List.of(AllowanceEntitlement.wholeMonth("w-1", "张三", Tier.ONE, 31));

		assertThat(refusalOf(() -> AllowanceRun.of("agency-maqiao", APRIL, this.schedule, tooMany)).rule())
			.isEqualTo("allowance-days-out-of-range");
	}

	@Test
	void aWorkerListedTwiceIsRefusedRatherThanPaidTwice() {
		List<AllowanceEntitlement> twice = List.of(AllowanceEntitlement.wholeMonth("w-1", "张三", Tier.ONE, 30),
				AllowanceEntitlement.wholeMonth("w-1", "张三", Tier.TWO, 30));

		assertThat(refusalOf(() -> AllowanceRun.of("agency-maqiao", APRIL, this.schedule, twice)).rule())
			.isEqualTo("allowance-worker-listed-twice");
	}

	@Test
	void anFteAboveFullTimeIsRefused() {
		assertThat(refusalOf(() -> new AllowanceEntitlement("w-1", "张三", Tier.ONE, 10_001, 30)).rule())
			.isEqualTo("allowance-fte-out-of-range");
	}

}
