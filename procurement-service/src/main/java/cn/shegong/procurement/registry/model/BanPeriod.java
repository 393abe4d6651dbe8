package cn.shegong.procurement.registry.model;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import cn.shegong.platform.problem.ProblemException;

/**
 * A period in which an agency may not make new bids, and why. It is active from
 * {@code from} up to but excluding {@code until}, so it lapses by itself on {@code until}
 * and nobody has to lift it [DOMAIN §4].
 *
 * @param reason a stable, non-personal code such as {@link BanPolicy#FINAL_GRADE_FAIL}
 * @param sourceEvaluationId the evaluation whose final grade caused the ban
 */
public record BanPeriod(LocalDate from, LocalDate until, String reason, String sourceEvaluationId) {

	public BanPeriod {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(until, "until");
		if (!until.isAfter(from)) {
			throw ProblemException.ruleViolated("ban-period-empty",
					"a ban must end after it starts, got from %s until %s".formatted(from, until), from, until);
		}
		reason = RequiredText.require(reason, "ban reason");
		sourceEvaluationId = RequiredText.require(sourceEvaluationId, "source evaluation id");
	}

	/** Active on a day when {@code from <= day < until}. */
	public boolean isActiveOn(LocalDate day) {
		return !day.isBefore(this.from) && day.isBefore(this.until);
	}

	/**
	 * True when the ban's first free day falls in the window after {@code lastCheck} up
	 * to and including {@code today}.
	 */
	public boolean lapsedBetween(LocalDate lastCheck, LocalDate today) {
		return this.until.isAfter(lastCheck) && !this.until.isAfter(today);
	}

	/**
	 * Of the bans active on the day, the one that lasts longest: it says when bidding
	 * reopens.
	 */
	public static Optional<BanPeriod> longestActiveOn(Collection<BanPeriod> bans, LocalDate day) {
		return bans.stream().filter((ban) -> ban.isActiveOn(day)).max(Comparator.comparing(BanPeriod::until));
	}

	/**
	 * Of the bans, those that lapsed after {@code lastCheck} up to and including
	 * {@code today} and left the agency free to bid on their lapse day; a ban that ends
	 * inside a longer one lifts nothing.
	 */
	public static List<BanPeriod> liftedBetween(Collection<BanPeriod> bans, LocalDate lastCheck, LocalDate today) {
		if (lastCheck.isAfter(today)) {
			throw new IllegalArgumentException("last check %s is after today %s".formatted(lastCheck, today));
		}
		return bans.stream()
			.filter((ban) -> ban.lapsedBetween(lastCheck, today))
			.filter((ban) -> longestActiveOn(bans, ban.until()).isEmpty())
			.sorted(Comparator.comparing(BanPeriod::until))
			.toList();
	}

}
