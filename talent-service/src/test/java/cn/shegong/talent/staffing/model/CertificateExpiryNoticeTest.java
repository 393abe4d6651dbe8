package cn.shegong.talent.staffing.model;

import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CertificateExpiryNoticeTest {

	private static final LocalDate LAST_VALID_DAY = LocalDate.of(2027, 12, 31);

	private final CertificateExpiryNotice notice = CertificateExpiryNotice.defaults();

	@Test
	void aCertificateExpiringInNinetyDaysIsAnnouncedOnceAndAgainAtThirty() {
		LocalDate ninetyDaysBefore = LAST_VALID_DAY.minusDays(90);
		LocalDate thirtyDaysBefore = LAST_VALID_DAY.minusDays(30);

		assertThat(this.notice.dueOn(LAST_VALID_DAY, ninetyDaysBefore, Set.of())).isEqualTo(OptionalInt.of(90));
		assertThat(this.notice.dueOn(LAST_VALID_DAY, ninetyDaysBefore.plusDays(1), Set.of(90))).isEmpty();
		assertThat(this.notice.dueOn(LAST_VALID_DAY, thirtyDaysBefore, Set.of(90))).isEqualTo(OptionalInt.of(30));
		assertThat(this.notice.dueOn(LAST_VALID_DAY, thirtyDaysBefore.plusDays(1), Set.of(90, 30))).isEmpty();
	}

	@Test
	void nothingIsDueMoreThanNinetyDaysAhead() {
		assertThat(this.notice.dueOn(LAST_VALID_DAY, LAST_VALID_DAY.minusDays(91), Set.of())).isEmpty();
	}

	@Test
	void aMissedNinetyDayNoticeIsStillSentUntilTheThirtyDayOneIsDue() {
		assertThat(this.notice.dueOn(LAST_VALID_DAY, LAST_VALID_DAY.minusDays(60), Set.of()))
			.isEqualTo(OptionalInt.of(90));
	}

	@Test
	void aCertificateRecordedTwentyDaysBeforeExpiryGetsOnlyTheThirtyDayNotice() {
		assertThat(this.notice.dueOn(LAST_VALID_DAY, LAST_VALID_DAY.minusDays(20), Set.of()))
			.isEqualTo(OptionalInt.of(30));
		assertThat(this.notice.dueOn(LAST_VALID_DAY, LAST_VALID_DAY.minusDays(19), Set.of(30))).isEmpty();
	}

	@Test
	void theLastValidDayStillGetsAMissedNotice() {
		assertThat(this.notice.dueOn(LAST_VALID_DAY, LAST_VALID_DAY, Set.of(90))).isEqualTo(OptionalInt.of(30));
	}

	@Test
	void nothingIsAnnouncedOnceTheRegistrationHasLapsed() {
		assertThat(this.notice.dueOn(LAST_VALID_DAY, LAST_VALID_DAY.plusDays(1), Set.of())).isEmpty();
	}

}
