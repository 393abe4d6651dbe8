package cn.shegong.procurement.payment.model;

import java.util.EnumMap;
import java.util.List;
import java.util.stream.IntStream;

import cn.shegong.procurement.money.model.Money;

/** Payment schedules, policies and payouts for tests. */
final class Schedules {

	private Schedules() {
	}

	/** Tranches with the given shares, all paid after the final grade. */
	static PaymentSchedule withShares(int... basisPoints) {
		return new PaymentSchedule(tranches(basisPoints));
	}

	static List<Tranche> tranches(int... basisPoints) {
		return IntStream.range(0, basisPoints.length)
			.mapToObj((i) -> new Tranche("tranche " + (i + 1), basisPoints[i], TrancheTrigger.AFTER_FINAL_GRADE))
			.toList();
	}

	static List<Money> amounts(PaymentSchedule schedule, Money price) {
		return schedule.amountsFor(price).stream().map(TrancheAmount::amount).toList();
	}

	static Money sum(List<Money> amounts) {
		return amounts.stream().reduce(Money.ZERO, Money::plus);
	}

	/**
	 * A contract's own policy: 不合格 still releases half, 合格 releases 60% and holds 20%,
	 * and the mid-term tranche needs 良好.
	 */
	static PayoutPolicy lenientPolicy() {
		EnumMap<Grade, GradePayout> byGrade = new EnumMap<>(PayoutPolicy.defaults().payoutByGrade());
		byGrade.put(Grade.PASS, new GradePayout(6_000, 2_000));
		byGrade.put(Grade.FAIL, new GradePayout(5_000, 0));
		return new PayoutPolicy(byGrade, Grade.GOOD);
	}

}
