package cn.shegong.procurement.tender.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.shegong.procurement.tender.model.TenderEvent.BiddingClosed;
import cn.shegong.procurement.tender.model.TenderEvent.TenderPublished;

import static cn.shegong.procurement.tender.model.Tenders.DEADLINE;
import static cn.shegong.procurement.tender.model.Tenders.PUBLISHED_AT;
import static cn.shegong.procurement.tender.model.Tenders.SHANGHAI;
import static org.assertj.core.api.Assertions.assertThat;

class TenderPublishingTest {

	@Test
	void openTenderWithExactlyTwentyDaysBiddingPeriodIsPublished() {
		Tender tender = Tenders.openTenderDraft();

		TenderPublished published = tender.publish(PUBLISHED_AT, PUBLISHED_AT.plus(20, ChronoUnit.DAYS), SHANGHAI);

		assertThat(published).isEqualTo(new TenderPublished("tender-1", "project-7", ProcurementMethod.OPEN_TENDER,
				PUBLISHED_AT.plus(20, ChronoUnit.DAYS)));
		assertThat(tender.status()).isEqualTo(TenderStatus.PUBLISHED);
		assertThat(tender.publishedAt()).contains(PUBLISHED_AT);
		assertThat(tender.biddingDeadline()).contains(PUBLISHED_AT.plus(20, ChronoUnit.DAYS));
	}

	@Test
	void openTenderWithNineteenDaysTwentyThreeHoursBiddingPeriodIsRefused() {
		Tender tender = Tenders.openTenderDraft();
		Instant deadline = PUBLISHED_AT.plus(Duration.ofDays(19).plusHours(23));

		assertThat(Problems.ruleViolated("bidding-period-too-short",
				() -> tender.publish(PUBLISHED_AT, deadline, SHANGHAI)))
			.hasMessageContaining("19 days 23 hours")
			.hasMessageContaining("20 days")
			.satisfies((problem) -> assertThat(problem.arguments()).containsExactly(19L, 20));
		assertThat(tender.status()).isEqualTo(TenderStatus.DRAFT);
	}

	@Test
	void openTenderOneMinuteShortOfTwentyDaysIsRefused() {
		Tender tender = Tenders.openTenderDraft();
		Instant deadline = PUBLISHED_AT.plus(20, ChronoUnit.DAYS).minus(1, ChronoUnit.MINUTES);

		Problems.ruleViolated("bidding-period-too-short", () -> tender.publish(PUBLISHED_AT, deadline, SHANGHAI));
	}

	@Test
	void openTenderWithTwentyOneDaysIsPublished() {
		Tender tender = Tenders.openTenderDraft();

		tender.publish(PUBLISHED_AT, PUBLISHED_AT.plus(21, ChronoUnit.DAYS), SHANGHAI);

		assertThat(tender.status()).isEqualTo(TenderStatus.PUBLISHED);
	}

	@Test
	void aCityMayRequireALongerBiddingPeriod() {
		Tender tender = Tenders.draft(ProcurementMethod.OPEN_TENDER, new TenderRules(25, 7, 7, 15, 3, 2, 1_000));

		assertThat(Problems
			.ruleViolated("bidding-period-too-short", () -> tender.publish(PUBLISHED_AT, DEADLINE, SHANGHAI))
			.arguments()).containsExactly(20L, 25);
	}

	@Test
	void calendarDaysAreCountedInTheBuyersZone() {
		// Across a daylight-saving change 20 calendar days are 479 hours: still 20 days
		// there.
		ZoneId berlin = ZoneId.of("Europe/Berlin");
		Instant publishedAt = LocalDateTime.of(2026, 3, 20, 9, 0).atZone(berlin).toInstant();
		Instant deadline = LocalDateTime.of(2026, 4, 9, 9, 0).atZone(berlin).toInstant();
		Tender tender = Tenders.openTenderDraft();

		tender.publish(publishedAt, deadline, berlin);

		assertThat(Duration.between(publishedAt, deadline)).isEqualTo(Duration.ofHours(479));
		assertThat(tender.status()).isEqualTo(TenderStatus.PUBLISHED);
	}

	@ParameterizedTest
	@EnumSource(value = ProcurementMethod.class, names = "OPEN_TENDER", mode = EnumSource.Mode.EXCLUDE)
	void onlyOpenTendersNeedTheTwentyDayPeriod(ProcurementMethod method) {
		Tender tender = Tenders.draft(method);

		tender.publish(PUBLISHED_AT, PUBLISHED_AT.plus(3, ChronoUnit.DAYS), SHANGHAI);

		assertThat(tender.status()).isEqualTo(TenderStatus.PUBLISHED);
	}

	@Test
	void aDeadlineInThePastIsRefused() {
		Tender tender = Tenders.draft(ProcurementMethod.COMPETITIVE_CONSULTATION);
		Instant yesterday = PUBLISHED_AT.minus(1, ChronoUnit.DAYS);

		assertThat(Problems
			.ruleViolated("bidding-deadline-in-the-past", () -> tender.publish(PUBLISHED_AT, yesterday, SHANGHAI))
			.arguments()).containsExactly(yesterday, PUBLISHED_AT);
	}

	@Test
	void aDeadlineAtTheMomentOfPublicationIsRefused() {
		Tender tender = Tenders.draft(ProcurementMethod.COMPETITIVE_CONSULTATION);

		Problems.ruleViolated("bidding-deadline-in-the-past",
				() -> tender.publish(PUBLISHED_AT, PUBLISHED_AT, SHANGHAI));
	}

	@Test
	void aPublishedTenderCannotBePublishedAgain() {
		Tender tender = Tenders.inStatus(TenderStatus.PUBLISHED);

		Problems.illegalTransition(() -> tender.publish(PUBLISHED_AT, DEADLINE, SHANGHAI));
	}

	@Test
	void aCancelledTenderCannotBePublished() {
		Tender tender = Tenders.inStatus(TenderStatus.CANCELLED);

		Problems.illegalTransition(() -> tender.publish(PUBLISHED_AT, DEADLINE, SHANGHAI));
	}

	@Test
	void biddingClosesExactlyAtTheDeadline() {
		Tender tender = Tenders.inStatus(TenderStatus.PUBLISHED);

		BiddingClosed closed = tender.closeBidding(DEADLINE);

		assertThat(closed).isEqualTo(new BiddingClosed("tender-1", DEADLINE));
		assertThat(tender.status()).isEqualTo(TenderStatus.BIDDING_CLOSED);
	}

	@Test
	void biddingClosesAfterTheDeadline() {
		Tender tender = Tenders.inStatus(TenderStatus.PUBLISHED);

		tender.closeBidding(DEADLINE.plus(3, ChronoUnit.HOURS));

		assertThat(tender.status()).isEqualTo(TenderStatus.BIDDING_CLOSED);
	}

	@Test
	void biddingCannotCloseOneSecondBeforeTheDeadline() {
		Tender tender = Tenders.inStatus(TenderStatus.PUBLISHED);
		Instant early = DEADLINE.minusSeconds(1);

		assertThat(Problems.ruleViolated("bidding-still-open", () -> tender.closeBidding(early)).arguments())
			.containsExactly(DEADLINE, early);
		assertThat(tender.status()).isEqualTo(TenderStatus.PUBLISHED);
	}

	@Test
	void aDraftCannotCloseBidding() {
		Tender tender = Tenders.openTenderDraft();

		Problems.illegalTransition(() -> tender.closeBidding(DEADLINE));
	}

	@Test
	void biddingCannotCloseTwice() {
		Tender tender = Tenders.inStatus(TenderStatus.BIDDING_CLOSED);

		Problems.illegalTransition(() -> tender.closeBidding(DEADLINE));
	}

}
