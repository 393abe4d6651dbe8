package cn.shegong.procurement.tender.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.platform.calendar.WorkingDayCalendar;

/**
 * The working days after an award notice during which suppliers may challenge the award
 * [NAT 政府采购法 art 52], and the challenges filed in it. The end day itself is inside the
 * window.
 */
public record ChallengeWindow(LocalDate noticeOn, LocalDate endsOn, List<Challenge> challenges) {

	public ChallengeWindow {
		challenges = List.copyOf(challenges);
		if (endsOn.isBefore(noticeOn)) {
			throw new IllegalArgumentException("a challenge window cannot end before its notice");
		}
	}

	/** The window that an award notice published on {@code noticeOn} opens. */
	public static ChallengeWindow openedBy(LocalDate noticeOn, WorkingDayCalendar calendar, TenderRules rules) {
		return new ChallengeWindow(noticeOn, calendar.addWorkingDays(noticeOn, rules.challengeWindowWorkingDays()),
				List.of());
	}

	public boolean hasPassedOn(LocalDate day) {
		return day.isAfter(this.endsOn);
	}

	/**
	 * This window with a new challenge filed on {@code on}, refused outside the window.
	 */
	public ChallengeWindow file(String challengerId, String reason, LocalDate on, WorkingDayCalendar calendar,
			TenderRules rules) {
		if (on.isBefore(this.noticeOn)) {
			throw ProblemException.ruleViolated("challenge-before-award-notice",
					"a challenge dated " + on + " comes before the award notice of " + this.noticeOn, on,
					this.noticeOn);
		}
		if (hasPassedOn(on)) {
			throw closedOn(on);
		}
		String id = "challenge-" + (this.challenges.size() + 1);
		List<Challenge> all = new ArrayList<>(this.challenges);
		all.add(Challenge.filed(id, challengerId, reason, on, calendar, rules));
		return new ChallengeWindow(this.noticeOn, this.endsOn, all);
	}

	/** This window with the challenge answered on {@code on}; each is answered once. */
	public ChallengeWindow answer(String challengeId, String reply, LocalDate on) {
		Challenge challenge = challenge(challengeId).orElseThrow(() -> ProblemException.notFound("challenge-not-found",
				"this tender has no challenge " + challengeId, challengeId));
		if (challenge.isAnswered()) {
			throw ProblemException.conflict("challenge-already-answered",
					"challenge " + challengeId + " was answered on " + challenge.answeredOn(), challengeId,
					challenge.answeredOn());
		}
		if (on.isBefore(challenge.filedOn())) {
			throw ProblemException.ruleViolated("challenge-answered-before-filing", "an answer dated " + on
					+ " comes before challenge " + challengeId + " was filed on " + challenge.filedOn(), on,
					challenge.filedOn());
		}
		List<Challenge> all = this.challenges.stream()
			.map((each) -> each.id().equals(challengeId) ? each.answered(reply, on) : each)
			.toList();
		return new ChallengeWindow(this.noticeOn, this.endsOn, all);
	}

	/**
	 * Refuses to let the award become final before the window has passed or while a
	 * challenge waits.
	 */
	public void requirePassedAndAnswered(LocalDate today) {
		if (!hasPassedOn(today)) {
			throw ProblemException.ruleViolated("challenge-window-still-open",
					"the challenge window runs until " + this.endsOn + " inclusive, today is " + today, this.endsOn,
					today);
		}
		List<String> unanswered = unansweredChallengeIds();
		if (!unanswered.isEmpty()) {
			throw ProblemException.ruleViolated("challenge-unanswered",
					"challenges " + unanswered + " are not answered yet", unanswered);
		}
	}

	ProblemException closedOn(LocalDate day) {
		return ProblemException.ruleViolated("challenge-window-closed",
				"a challenge dated " + day + " comes after the challenge window that ended on " + this.endsOn, day,
				this.endsOn);
	}

	public Optional<Challenge> challenge(String challengeId) {
		return this.challenges.stream().filter((challenge) -> challenge.id().equals(challengeId)).findFirst();
	}

	public Optional<Challenge> latest() {
		return this.challenges.isEmpty() ? Optional.empty()
				: Optional.of(this.challenges.get(this.challenges.size() - 1));
	}

	public List<String> unansweredChallengeIds() {
		return this.challenges.stream().filter((challenge) -> !challenge.isAnswered()).map(Challenge::id).toList();
	}

}
