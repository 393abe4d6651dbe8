package cn.shegong.feedback.measure.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.shegong.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Test
	void aMonthReadsAsItsDays() {
		Period march = Period.parse("2027-03");

		assertThat(march).isEqualTo(new Period(Period.Kind.MONTH, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31)));
		assertThat(march.label()).isEqualTo("2027-03");
		assertThat(Period.parse("2028-02").to()).as("leap year").isEqualTo(LocalDate.of(2028, 2, 29));
	}

	@Test
	void aQuarterReadsAsItsThreeMonths() {
		assertThat(Period.parse("2027-Q1"))
			.isEqualTo(new Period(Period.Kind.QUARTER, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31)));
		assertThat(Period.parse("2027-Q4"))
			.isEqualTo(new Period(Period.Kind.QUARTER, LocalDate.of(2027, 10, 1), LocalDate.of(2027, 12, 31)));
		assertThat(Period.parse(" 2027-Q2 ").label()).isEqualTo("2027-Q2");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2027-13", "2027-00", "2027-Q0", "2027-Q5", "Q1-2027", "2027-3", "2027", "", "2027-q1" })
	void anythingElseIsRefusedAsMalformed(String text) {
		assertThatThrownBy(() -> Period.parse(text)).isInstanceOf(ProblemException.class)
			.extracting((ex) -> ((ProblemException) ex).rule())
			.isEqualTo("period-malformed");
	}

	@Test
	void aRangeThatEndsBeforeItStartsIsRefused() {
		assertThatThrownBy(() -> Period.range(LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 1)))
			.isInstanceOf(ProblemException.class)
			.extracting((ex) -> ((ProblemException) ex).rule())
			.isEqualTo("period-range-reversed");
		assertThat(Period.range(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 1)).label())
			.isEqualTo("2027-03-01..2027-03-01");
	}

	@Test
	void aResponseAtOneMinuteToMidnightOnTheLastOfMarchInShanghaiBelongsToTheFirstQuarter() {
		Instant lastMinute = LocalDateTime.of(2027, 3, 31, 23, 59).atZone(SHANGHAI).toInstant();
		Instant midnight = LocalDateTime.of(2027, 4, 1, 0, 0).atZone(SHANGHAI).toInstant();
		Period q1 = Period.parse("2027-Q1");
		Period q2 = Period.parse("2027-Q2");

		assertThat(within(q1, lastMinute)).isTrue();
		assertThat(within(q2, lastMinute)).isFalse();
		assertThat(within(q1, midnight)).isFalse();
		assertThat(within(q2, midnight)).isTrue();
		assertThat(lastMinute).as("still 31 March in UTC too, 15:59").isEqualTo(Instant.parse("2027-03-31T15:59:00Z"));
	}

	@Test
	void monthsAndQuartersCloseOnceTheirLastDayIsOver() {
		LocalDate termFrom = LocalDate.of(2027, 2, 15);
		LocalDate termTo = LocalDate.of(2028, 2, 14);

		assertThat(Period.closedMonthsAndQuarters(termFrom, termTo, LocalDate.of(2027, 3, 31)))
			.extracting(Period::label)
			.containsExactly("2027-02");
		assertThat(Period.closedMonthsAndQuarters(termFrom, termTo, LocalDate.of(2027, 4, 1))).extracting(Period::label)
			.containsExactly("2027-02", "2027-03", "2027-Q1");
	}

	@Test
	void periodsAfterTheTermAreNeverClosedForIt() {
		assertThat(Period.closedMonthsAndQuarters(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 20),
				LocalDate.of(2028, 1, 1)))
			.extracting(Period::label)
			.containsExactly("2027-01", "2027-Q1");
	}

	private static boolean within(Period period, Instant at) {
		return !at.isBefore(period.start(SHANGHAI)) && at.isBefore(period.end(SHANGHAI));
	}

}
