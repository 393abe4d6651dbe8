package cn.shegong.procurement.tender.model;

import java.time.LocalDate;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.platform.calendar.WorkingDayCalendar;

/**
 * A supplier's challenge (质疑) to an award. The buyer owes a reply by {@code replyDueOn};
 * once that has passed the challenger may complain (投诉) until {@code complaintDueOn} [NAT
 * 政府采购法 arts 53, 55].
 *
 * @param reason what the challenger says is wrong with the award
 * @param answeredOn when the buyer answered, or {@code null} while unanswered
 * @param reply the buyer's answer, or {@code null} while unanswered
 */
public record Challenge(String id, String challengerId, String reason, LocalDate filedOn, LocalDate replyDueOn,
		LocalDate complaintDueOn, LocalDate answeredOn, String reply) {

	public Challenge {
		if (id == null || id.isBlank() || challengerId == null || challengerId.isBlank()) {
			throw new IllegalArgumentException("a challenge needs an id and a challenger");
		}
		// A challenge must be made in writing with its grounds [NAT 政府采购法 art 52],
		// and the answer in writing too [art 53].
		requireText(reason, "challenge-reason-required", "a challenge needs its grounds");
		if (answeredOn != null) {
			requireText(reply, "challenge-reply-required", "an answer to a challenge needs its text");
		}
		if (filedOn == null || replyDueOn == null || complaintDueOn == null) {
			throw new IllegalArgumentException("a challenge needs its filing, reply and complaint dates");
		}
	}

	/** A new, unanswered challenge with its deadlines counted in working days. */
	public static Challenge filed(String id, String challengerId, String reason, LocalDate filedOn,
			WorkingDayCalendar calendar, TenderRules rules) {
		LocalDate replyDueOn = calendar.addWorkingDays(filedOn, rules.challengeReplyWorkingDays());
		LocalDate complaintDueOn = calendar.addWorkingDays(replyDueOn, rules.complaintWorkingDays());
		return new Challenge(id, challengerId, reason, filedOn, replyDueOn, complaintDueOn, null, null);
	}

	public boolean isAnswered() {
		return this.answeredOn != null;
	}

	public Challenge answered(String reply, LocalDate day) {
		return new Challenge(this.id, this.challengerId, this.reason, this.filedOn, this.replyDueOn,
				this.complaintDueOn, day, reply);
	}

	/**
	 * Answered after the reply was due: still an answer, but one the record shows as
	 * late.
	 */
	public boolean wasAnsweredLate() {
		return isAnswered() && this.answeredOn.isAfter(this.replyDueOn);
	}

	private static void requireText(String text, String rule, String detail) {
		if (text == null || text.isBlank()) {
			throw ProblemException.ruleViolated(rule, detail);
		}
	}

}
