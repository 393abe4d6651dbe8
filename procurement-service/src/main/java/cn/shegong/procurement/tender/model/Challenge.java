package cn.shegong.procurement.tender.model;

import java.time.LocalDate;

import cn.shegong.procurement.calendar.model.WorkingDayCalendar;

/**
 * A supplier's challenge (质疑) to an award. The buyer owes a reply by {@code replyDueOn};
 * once that has passed the challenger may complain (投诉) until {@code complaintDueOn} [NAT
 * 政府采购法 arts 53, 55].
 *
 * @param answeredOn when the buyer answered, or {@code null} while unanswered
 */
public record Challenge(String id, String challengerId, LocalDate filedOn, LocalDate replyDueOn,
		LocalDate complaintDueOn, LocalDate answeredOn) {

	public Challenge {
		if (id == null || id.isBlank() || challengerId == null || challengerId.isBlank()) {
			throw new IllegalArgumentException("a challenge needs an id and a challenger");
		}
		if (filedOn == null || replyDueOn == null || complaintDueOn == null) {
			throw new IllegalArgumentException("a challenge needs its filing, reply and complaint dates");
		}
	}

	/** A new, unanswered challenge with its deadlines counted in working days. */
	public static Challenge filed(String id, String challengerId, LocalDate filedOn, WorkingDayCalendar calendar,
			TenderRules rules) {
		LocalDate replyDueOn = calendar.addWorkingDays(filedOn, rules.challengeReplyWorkingDays());
		LocalDate complaintDueOn = calendar.addWorkingDays(replyDueOn, rules.complaintWorkingDays());
		return new Challenge(id, challengerId, filedOn, replyDueOn, complaintDueOn, null);
	}

	public boolean isAnswered() {
		return this.answeredOn != null;
	}

	public Challenge answeredOn(LocalDate day) {
		return new Challenge(this.id, this.challengerId, this.filedOn, this.replyDueOn, this.complaintDueOn, day);
	}

	/**
	 * Answered after the reply was due: still an answer, but one the record shows as
	 * late.
	 */
	public boolean wasAnsweredLate() {
		return isAnswered() && this.answeredOn.isAfter(this.replyDueOn);
	}

}
