package cn.shegong.talent.tier.model;

import java.util.Optional;

/**
 * A social worker's pay tier (职级), lowest first. Four tiers [SEED 004, Rugao]; what each
 * demands is the {@link TierPolicy}'s, what each pays the {@link AllowanceSchedule}'s.
 */
public enum Tier {

	ONE, TWO, THREE, FOUR;

	/** 1 to 4, as events and exports carry it. */
	public int number() {
		return ordinal() + 1;
	}

	public static Tier ofNumber(int number) {
		if (number < 1 || number > values().length) {
			throw new IllegalArgumentException("a tier is 1 to " + values().length + ", was " + number);
		}
		return values()[number - 1];
	}

	public Optional<Tier> next() {
		return (this == FOUR) ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
	}

	public boolean isAbove(Tier other) {
		return ordinal() > other.ordinal();
	}

	@Override
	public String toString() {
		return "tier " + number();
	}

}
