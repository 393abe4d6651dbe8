package cn.shegong.evaluation.evaluation.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import cn.shegong.platform.calendar.WorkingDayCalendar;

/**
 * The grade of an evaluation from provisional to published: the reply window, the one
 * reply, finality and publication. Immutable; each step returns the next grading.
 *
 * @param reply the agency's reply, or {@code null} if none was filed
 * @param finalOn the day the grade became final, or {@code null} while provisional
 * @param publicationDue the day publication is due, or {@code null} while provisional
 * @param publishedOn the day it was published, or {@code null} before
 */
public record Grading(ConsolidatedResult result, LocalDate gradedOn, LocalDate replyDeadline, Reply reply,
		LocalDate finalOn, LocalDate publicationDue, LocalDate publishedOn) {

	public Grading {
		Objects.requireNonNull(result, "result");
		Objects.requireNonNull(gradedOn, "gradedOn");
		Objects.requireNonNull(replyDeadline, "replyDeadline");
	}

	/**
	 * A provisional grade whose reply window closes at the end of the n-th working day
	 * after grading.
	 */
	static Grading provisional(ConsolidatedResult result, LocalDate gradedOn, WorkingDayCalendar calendar,
			EvaluationRules rules) {
		LocalDate deadline = calendar.addWorkingDays(gradedOn, rules.replyWindowWorkingDays());
		return new Grading(result, gradedOn, deadline, null, null, null, null);
	}

	public boolean isFinal() {
		return this.finalOn != null;
	}

	Grading withReply(String text, List<String> evidenceRefs, LocalDate filedOn) {
		if (this.reply != null) {
			throw Refusal.conflict("reply-already-filed",
					"The agency already filed its reply on %s; an evaluation takes one reply only",
					this.reply.filedOn());
		}
		if (filedOn.isAfter(this.replyDeadline) || filedOn.isBefore(this.gradedOn)) {
			throw Refusal.rule("reply-window-closed",
					"A reply filed on %s is outside the reply window, which runs from the provisional grade on %s to %s inclusive",
					filedOn, this.gradedOn, this.replyDeadline);
		}
		return new Grading(this.result, this.gradedOn, this.replyDeadline, new Reply(text, evidenceRefs, filedOn, null),
				null, null, null);
	}

	Grading withAnswer(String answer, ConsolidatedResult resultAfterReply, LocalDate answeredOn) {
		if (this.reply == null) {
			throw Refusal.conflict("no-reply-to-answer", "No reply was filed against the grade of %s", this.gradedOn);
		}
		if (this.reply.isAnswered()) {
			throw Refusal.conflict("reply-already-answered", "The reply was already answered on %s",
					this.reply.answer().answeredOn());
		}
		boolean revised = !resultAfterReply.equals(this.result);
		Reply answered = this.reply.answeredWith(new Reply.ReplyAnswer(answer, answeredOn, revised));
		return new Grading(resultAfterReply, this.gradedOn, this.replyDeadline, answered, null, null, null);
	}

	/**
	 * Final once the reply is answered, or, with no reply, once the window has closed. A
	 * reply filed but unanswered holds the grade provisional even after the window:
	 * otherwise a slow answer would silently cost the agency its hearing.
	 */
	Grading finalizedOn(LocalDate day, EvaluationRules rules) {
		if (this.reply != null && !this.reply.isAnswered()) {
			throw Refusal.conflict("reply-awaiting-answer",
					"The reply filed on %s awaits its answer; the grade cannot become final on %s",
					this.reply.filedOn(), day);
		}
		if (this.reply == null && !day.isAfter(this.replyDeadline)) {
			throw Refusal.conflict("reply-window-still-open",
					"The reply window runs to %s inclusive; the grade can become final from the next day, not on %s",
					this.replyDeadline, day);
		}
		return new Grading(this.result, this.gradedOn, this.replyDeadline, this.reply, day,
				day.plusDays(rules.publicationDueDays()), null);
	}

	Grading publishedOn(LocalDate day) {
		if (this.publishedOn != null) {
			throw Refusal.conflict("evaluation-already-published", "The result was already published on %s",
					this.publishedOn);
		}
		return new Grading(this.result, this.gradedOn, this.replyDeadline, this.reply, this.finalOn,
				this.publicationDue, day);
	}

	/** Whether publication is late on the given day: due is the last day allowed. */
	public boolean isPublicationOverdueOn(LocalDate day) {
		return this.publicationDue != null && this.publishedOn == null && day.isAfter(this.publicationDue);
	}

}
