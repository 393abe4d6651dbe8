package cn.shegong.procurement.tender.model;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.platform.calendar.WorkingDayCalendar;
import cn.shegong.procurement.tender.model.TenderEvent.AwardProposed;
import cn.shegong.procurement.tender.model.TenderEvent.ChallengeAnswered;
import cn.shegong.procurement.tender.model.TenderEvent.ChallengeFiled;
import cn.shegong.procurement.tender.model.TenderEvent.TenderAwarded;

import static cn.shegong.procurement.tender.model.Tenders.AGENCY;
import static cn.shegong.procurement.tender.model.Tenders.CALENDAR;
import static cn.shegong.procurement.tender.model.Tenders.NOTICE_ON;
import static cn.shegong.procurement.tender.model.Tenders.RIVAL;
import static cn.shegong.procurement.tender.model.Tenders.WINDOW_ENDS_ON;
import static org.assertj.core.api.Assertions.assertThat;

/** Dates follow the 2026 National Day TEST DATA calendar in {@link Tenders}. */
class TenderAwardTest {

	private static final String GROUNDS = "评分未按招标文件执行";

	private static final String REPLY = "经复核，评分符合招标文件";

	@Test
	void proposingAnAwardOpensAChallengeWindowOfSevenWorkingDays() {
		Tender tender = Tenders.inStatus(TenderStatus.BIDS_SCORED);

		AwardProposed proposed = tender.proposeAward(AGENCY, NOTICE_ON, CALENDAR);

		assertThat(proposed).isEqualTo(new AwardProposed("tender-1", AGENCY, NOTICE_ON, WINDOW_ENDS_ON));
		assertThat(tender.status()).isEqualTo(TenderStatus.CHALLENGE_WINDOW);
		assertThat(tender.proposedAgencyId()).contains(AGENCY);
		assertThat(tender.awardNoticeOn()).contains(NOTICE_ON);
	}

	@Test
	void theWindowFollowsTheCalendarItIsGiven() {
		Tender tender = Tenders.inStatus(TenderStatus.BIDS_SCORED);

		AwardProposed proposed = tender.proposeAward(AGENCY, NOTICE_ON, WorkingDayCalendar.weekendsOff());

		assertThat(proposed.challengeWindowEndsOn()).isEqualTo(LocalDate.of(2026, 10, 8));
	}

	@Test
	void anAwardCannotBeProposedBeforeBidsAreScored() {
		Tender tender = Tenders.inStatus(TenderStatus.BIDDING_CLOSED);

		Problems.illegalTransition(() -> tender.proposeAward(AGENCY, NOTICE_ON, CALENDAR));
		assertThat(tender.proposedAgencyId()).isEmpty();
	}

	@Test
	void aChallengeOnTheLastDayOfTheWindowIsFiled() {
		Tender tender = Tenders.inChallengeWindow();

		ChallengeFiled filed = tender.challenge(RIVAL, GROUNDS, WINDOW_ENDS_ON, CALENDAR);

		assertThat(filed).isEqualTo(new ChallengeFiled("tender-1", "challenge-1", RIVAL, WINDOW_ENDS_ON,
				LocalDate.of(2026, 10, 23), LocalDate.of(2026, 11, 13)));
		assertThat(tender.status()).isEqualTo(TenderStatus.CHALLENGE_WINDOW);
	}

	@Test
	void theReplyIsDueSevenWorkingDaysLaterCountingTheMakeUpSaturday() {
		Tender tender = Tenders.inChallengeWindow();

		ChallengeFiled filed = tender.challenge(RIVAL, GROUNDS, LocalDate.of(2026, 9, 30), CALENDAR);

		assertThat(filed.replyDueOn()).isEqualTo(LocalDate.of(2026, 10, 15));
	}

	@Test
	void aChallengeOnTheNoticeDayIsFiled() {
		Tender tender = Tenders.inChallengeWindow();

		assertThat(tender.challenge(RIVAL, GROUNDS, NOTICE_ON, CALENDAR).challengeId()).isEqualTo("challenge-1");
	}

	@Test
	void aChallengeTheDayAfterTheWindowIsRefused() {
		Tender tender = Tenders.inChallengeWindow();
		LocalDate late = WINDOW_ENDS_ON.plusDays(1);

		assertThat(
				Problems.ruleViolated("challenge-window-closed", () -> tender.challenge(RIVAL, GROUNDS, late, CALENDAR))
					.arguments())
			.containsExactly(late, WINDOW_ENDS_ON);
		assertThat(tender.challengeWindow().orElseThrow().challenges()).isEmpty();
	}

	@Test
	void aChallengeDatedBeforeTheAwardNoticeIsRefused() {
		Tender tender = Tenders.inChallengeWindow();

		Problems.ruleViolated("challenge-before-award-notice",
				() -> tender.challenge(RIVAL, GROUNDS, NOTICE_ON.minusDays(1), CALENDAR));
	}

	@Test
	void aTenderWithoutAProposedAwardTakesNoChallenge() {
		Tender tender = Tenders.inStatus(TenderStatus.BIDS_SCORED);

		Problems.refusedBy("tender-not-open-to-challenge", ProblemException.Kind.CONFLICT,
				() -> tender.challenge(RIVAL, GROUNDS, NOTICE_ON, CALENDAR));
	}

	@Test
	void anAwardedTenderTakesNoChallengeWhateverItsDate() {
		Tender tender = Tenders.inStatus(TenderStatus.AWARDED);

		Problems.ruleViolated("challenge-window-closed",
				() -> tender.challenge(RIVAL, GROUNDS, WINDOW_ENDS_ON, CALENDAR));
	}

	@Test
	void theAwardCannotBecomeFinalOnTheLastDayOfTheWindow() {
		Tender tender = Tenders.inChallengeWindow();

		assertThat(Problems.ruleViolated("challenge-window-still-open", () -> tender.award(WINDOW_ENDS_ON)).arguments())
			.containsExactly(WINDOW_ENDS_ON, WINDOW_ENDS_ON);
		assertThat(tender.status()).isEqualTo(TenderStatus.CHALLENGE_WINDOW);
	}

	@Test
	void theAwardBecomesFinalTheDayAfterTheWindow() {
		Tender tender = Tenders.inChallengeWindow();
		LocalDate dayAfter = WINDOW_ENDS_ON.plusDays(1);

		TenderAwarded awarded = tender.award(dayAfter);

		assertThat(awarded).isEqualTo(new TenderAwarded("tender-1", "project-7", AGENCY, dayAfter));
		assertThat(tender.status()).isEqualTo(TenderStatus.AWARDED);
	}

	@Test
	void anUnansweredChallengeHoldsTheAward() {
		Tender tender = Tenders.inChallengeWindow();
		tender.challenge(RIVAL, GROUNDS, NOTICE_ON, CALENDAR);

		assertThat(Problems.ruleViolated("challenge-unanswered", () -> tender.award(WINDOW_ENDS_ON.plusDays(1)))
			.getMessage()).contains("challenge-1");
		assertThat(tender.status()).isEqualTo(TenderStatus.CHALLENGE_WINDOW);
	}

	@Test
	void anAnsweredChallengeLetsTheAwardBecomeFinal() {
		Tender tender = Tenders.inChallengeWindow();
		tender.challenge(RIVAL, GROUNDS, NOTICE_ON, CALENDAR);
		tender.answerChallenge("challenge-1", REPLY, LocalDate.of(2026, 10, 9));

		tender.award(WINDOW_ENDS_ON.plusDays(1));

		assertThat(tender.status()).isEqualTo(TenderStatus.AWARDED);
	}

	@Test
	void anAnswerOnTheDueDayIsOnTime() {
		Tender tender = Tenders.inChallengeWindow();
		ChallengeFiled filed = tender.challenge(RIVAL, GROUNDS, NOTICE_ON, CALENDAR);

		ChallengeAnswered answered = tender.answerChallenge(filed.challengeId(), REPLY, filed.replyDueOn());

		assertThat(answered).isEqualTo(new ChallengeAnswered("tender-1", "challenge-1", filed.replyDueOn(), false));
	}

	@Test
	void anAnswerAfterTheDueDayIsRecordedAsLate() {
		Tender tender = Tenders.inChallengeWindow();
		ChallengeFiled filed = tender.challenge(RIVAL, GROUNDS, NOTICE_ON, CALENDAR);

		assertThat(tender.answerChallenge(filed.challengeId(), REPLY, filed.replyDueOn().plusDays(1)).answeredLate())
			.isTrue();
	}

	@Test
	void aChallengeIsAnsweredOnlyOnce() {
		Tender tender = Tenders.inChallengeWindow();
		tender.challenge(RIVAL, GROUNDS, NOTICE_ON, CALENDAR);
		tender.answerChallenge("challenge-1", REPLY, NOTICE_ON.plusDays(2));

		Problems.refusedBy("challenge-already-answered", ProblemException.Kind.CONFLICT,
				() -> tender.answerChallenge("challenge-1", REPLY, NOTICE_ON.plusDays(3)));
	}

	@Test
	void anAnswerCannotPrecedeItsChallenge() {
		Tender tender = Tenders.inChallengeWindow();
		tender.challenge(RIVAL, GROUNDS, NOTICE_ON.plusDays(1), CALENDAR);

		Problems.ruleViolated("challenge-answered-before-filing",
				() -> tender.answerChallenge("challenge-1", REPLY, NOTICE_ON));
	}

	@Test
	void anUnknownChallengeIsNotFound() {
		Tender tender = Tenders.inChallengeWindow();

		Problems.refusedBy("challenge-not-found", ProblemException.Kind.NOT_FOUND,
				() -> tender.answerChallenge("challenge-9", REPLY, NOTICE_ON));
	}

	@Test
	void challengesAreAnsweredOnlyWhileTheWindowStageLasts() {
		Tender tender = Tenders.inStatus(TenderStatus.AWARDED);

		Problems.refusedBy("tender-not-in-challenge-window", ProblemException.Kind.CONFLICT,
				() -> tender.answerChallenge("challenge-1", REPLY, WINDOW_ENDS_ON));
	}

	@Test
	void everyChallengeMustBeAnsweredBeforeTheAward() {
		Tender tender = Tenders.inChallengeWindow();
		tender.challenge(RIVAL, GROUNDS, NOTICE_ON, CALENDAR);
		tender.challenge("agency-riverside", GROUNDS, NOTICE_ON.plusDays(1), CALENDAR);
		tender.answerChallenge("challenge-1", REPLY, NOTICE_ON.plusDays(2));

		assertThat(Problems.ruleViolated("challenge-unanswered", () -> tender.award(WINDOW_ENDS_ON.plusDays(1)))
			.arguments()).containsExactly(List.of("challenge-2"));
	}

	@Test
	void aTenderThatIsNotInItsChallengeWindowCannotBeAwarded() {
		Tender tender = Tenders.inStatus(TenderStatus.BIDS_SCORED);

		Problems.illegalTransition(() -> tender.award(WINDOW_ENDS_ON.plusDays(1)));
	}

	@Test
	void anAwardedTenderCannotBeAwardedAgain() {
		Tender tender = Tenders.inStatus(TenderStatus.AWARDED);

		Problems.illegalTransition(() -> tender.award(WINDOW_ENDS_ON.plusDays(2)));
	}

	@Test
	void aChallengeWithoutGroundsIsRefused() {
		Tender tender = Tenders.inChallengeWindow();

		Problems.ruleViolated("challenge-reason-required", () -> tender.challenge(RIVAL, " ", NOTICE_ON, CALENDAR));
		assertThat(tender.challengeWindow().orElseThrow().challenges()).isEmpty();
	}

	@Test
	void anAnswerWithoutTextIsRefusedAndTheChallengeStaysUnanswered() {
		Tender tender = Tenders.inChallengeWindow();
		tender.challenge(RIVAL, GROUNDS, NOTICE_ON, CALENDAR);

		Problems.ruleViolated("challenge-reply-required",
				() -> tender.answerChallenge("challenge-1", "", NOTICE_ON.plusDays(1)));
		assertThat(tender.challengeWindow().orElseThrow().unansweredChallengeIds()).containsExactly("challenge-1");
	}

	@Test
	void aChallengeKeepsItsGroundsAndItsAnswer() {
		Tender tender = Tenders.inChallengeWindow();
		tender.challenge(RIVAL, GROUNDS, NOTICE_ON, CALENDAR);

		tender.answerChallenge("challenge-1", REPLY, NOTICE_ON.plusDays(1));

		Challenge answered = tender.challengeWindow().orElseThrow().challenge("challenge-1").orElseThrow();
		assertThat(answered.reason()).isEqualTo(GROUNDS);
		assertThat(answered.reply()).isEqualTo(REPLY);
	}

	@Test
	void theAwardRemembersTheDayItBecameFinal() {
		Tender tender = Tenders.inChallengeWindow();

		tender.award(WINDOW_ENDS_ON.plusDays(1));

		assertThat(tender.awardedOn()).contains(WINDOW_ENDS_ON.plusDays(1));
		assertThat(tender.status().hasBeenAwarded()).isTrue();
	}

}
