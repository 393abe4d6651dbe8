package cn.shegong.feedback.measure.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.shegong.platform.problem.ProblemException;

/**
 * The days a measure covers, both ends included: a calendar month ({@code 2027-03}), a
 * calendar quarter ({@code 2027-Q1}) or any range of days (an evaluation's). Days are
 * local days of the platform's zone, so a response at 23:59 on 31 March Shanghai time
 * belongs to March and Q1, one at 00:00 on 1 April to April and Q2.
 */
public record Period(Kind kind, LocalDate from, LocalDate to) {

	private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

	private static final int MONTHS_PER_QUARTER = 3;

	public enum Kind {

		MONTH, QUARTER, RANGE

	}

	public Period {
		if (kind == null || from == null || to == null) {
			throw new IllegalArgumentException("a period needs a kind and both ends");
		}
		if (to.isBefore(from)) {
			throw ProblemException.ruleViolated("period-range-reversed",
					"A period from %s to %s ends before it starts".formatted(from, to), from, to);
		}
	}

	public static Period month(YearMonth month) {
		return new Period(Kind.MONTH, month.atDay(1), month.atEndOfMonth());
	}

	/**
	 * @param quarter 1 to 4
	 */
	public static Period quarter(int year, int quarter) {
		YearMonth first = YearMonth.of(year, (quarter - 1) * MONTHS_PER_QUARTER + 1);
		return new Period(Kind.QUARTER, first.atDay(1), first.plusMonths(MONTHS_PER_QUARTER - 1).atEndOfMonth());
	}

	public static Period range(LocalDate from, LocalDate to) {
		return new Period(Kind.RANGE, from, to);
	}

	/**
	 * A month {@code yyyy-MM} or a quarter {@code yyyy-Qn}; anything else is refused with
	 * 422 {@code period-malformed}.
	 */
	public static Period parse(String text) {
		String given = (text != null) ? text.strip() : "";
		Matcher quarter = QUARTER.matcher(given);
		if (quarter.matches()) {
			return quarter(Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2)));
		}
		if (MONTH.matcher(given).matches()) {
			try {
				return month(YearMonth.parse(given));
			}
			catch (DateTimeParseException ex) {
				throw malformed(given);
			}
		}
		throw malformed(given);
	}

	/** The quarter the day falls in. */
	public static Period quarterOf(LocalDate day) {
		return quarter(day.getYear(), (day.getMonthValue() - 1) / MONTHS_PER_QUARTER + 1);
	}

	/**
	 * Every month and every quarter that overlaps {@code from..to} and has ended before
	 * {@code today}, months first.
	 */
	public static List<Period> closedMonthsAndQuarters(LocalDate from, LocalDate to, LocalDate today) {
		List<Period> closed = new ArrayList<>();
		for (YearMonth month = YearMonth.from(from); !month.atDay(1).isAfter(to); month = month.plusMonths(1)) {
			Period monthly = month(month);
			if (monthly.endedBefore(today)) {
				closed.add(monthly);
			}
		}
		for (Period quarter = quarterOf(from); !quarter.from()
			.isAfter(to); quarter = quarterOf(quarter.to().plusDays(1))) {
			if (quarter.endedBefore(today)) {
				closed.add(quarter);
			}
		}
		return closed;
	}

	/** Whether the period's last day is over by {@code today}. */
	public boolean endedBefore(LocalDate today) {
		return this.to.isBefore(today);
	}

	/** The first instant of the period in the zone. */
	public Instant start(ZoneId zone) {
		return this.from.atStartOfDay(zone).toInstant();
	}

	/** The first instant after the period in the zone. */
	public Instant end(ZoneId zone) {
		return this.to.plusDays(1).atStartOfDay(zone).toInstant();
	}

	/**
	 * How the period reads: {@code 2027-03}, {@code 2027-Q1} or
	 * {@code 2027-03-05..2027-04-04}.
	 */
	public String label() {
		return switch (this.kind) {
			case MONTH -> YearMonth.from(this.from).toString();
			case QUARTER -> this.from.getYear() + "-Q" + ((this.from.getMonthValue() - 1) / MONTHS_PER_QUARTER + 1);
			case RANGE -> this.from + ".." + this.to;
		};
	}

	private static ProblemException malformed(String given) {
		return ProblemException.ruleViolated("period-malformed",
				"Period '%s' is neither a month like 2027-03 nor a quarter like 2027-Q1".formatted(given), given);
	}

}
