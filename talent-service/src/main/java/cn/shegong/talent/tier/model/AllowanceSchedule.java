package cn.shegong.talent.tier.model;

import java.util.EnumMap;
import java.util.Map;

/**
 * The monthly allowance (岗位津贴) each tier pays a full-time worker.
 */
public record AllowanceSchedule(Map<Tier, Money> monthly) {

	public AllowanceSchedule {
		monthly = Map.copyOf(monthly);
		for (Tier tier : Tier.values()) {
			Money amount = monthly.get(tier);
			if (amount == null || amount.isNegative()) {
				throw new IllegalArgumentException(
						"every tier needs a non-negative allowance; " + tier + " had " + amount);
			}
		}
	}

	/** 300 / 400 / 500 / 600 CNY a month [SEED 004, Rugao]. */
	public static AllowanceSchedule defaults() {
		Map<Tier, Money> monthly = new EnumMap<>(Tier.class);
		monthly.put(Tier.ONE, Money.ofYuan(300));
		monthly.put(Tier.TWO, Money.ofYuan(400));
		monthly.put(Tier.THREE, Money.ofYuan(500));
		monthly.put(Tier.FOUR, Money.ofYuan(600));
		return new AllowanceSchedule(monthly);
	}

	public Money monthlyFor(Tier tier) {
		return this.monthly.get(tier);
	}

}
