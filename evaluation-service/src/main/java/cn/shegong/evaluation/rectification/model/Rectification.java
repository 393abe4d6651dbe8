package cn.shegong.evaluation.rectification.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.shegong.evaluation.rectification.model.RectificationEntry.Step;

/**
 * 整改: what the agency owes after a final grade of 合格 or 不合格, from the grade to the
 * buyer's verification [DOMAIN §6 "不合格 → rectification → re-evaluation"]. The agency
 * reports by a deadline; the buyer verifies or returns the report with a reason, and a
 * returned report is owed again. Immutable: each command returns the next rectification,
 * and the history keeps every report and return.
 *
 * @param report the latest report, {@code null} until the first one
 * @param verifiedOn {@code null} until verified
 */
public record Rectification(RectificationSubject subject, RectificationStatus status, LocalDate openedOn,
		LocalDate deadline, RectificationReport report, List<RectificationEntry> history, LocalDate verifiedOn) {

	public Rectification {
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(openedOn, "openedOn");
		Objects.requireNonNull(deadline, "deadline");
		history = (history != null) ? List.copyOf(history) : List.of();
	}

	/** Opens the rectification a final grade of 合格 or 不合格 requires. */
	public static Rectification open(RectificationSubject subject, LocalDate finalOn, RectificationRules rules) {
		if (!RectificationRules.gradeRequiresRectification(subject.grade())) {
			throw new IllegalArgumentException("grade " + subject.grade() + " of evaluation " + subject.evaluationId()
					+ " requires no rectification");
		}
		return new Rectification(subject, RectificationStatus.REQUIRED, finalOn, finalOn.plusDays(rules.deadlineDays()),
				null, List.of(), null);
	}

	public String id() {
		return this.subject.evaluationId();
	}

	/** The agency's report; one after the deadline is taken and marked late. */
	public Rectification submit(String agencyId, String by, String text, List<String> evidenceRefs, LocalDate on) {
		requireStatus("submit a report", RectificationStatus.REQUIRED);
		if (!this.subject.agencyId().equals(agencyId)) {
			throw Refusal.forbidden("rectification-by-another-agency",
					"Agency %s cannot report the rectification of agency %s", agencyId, this.subject.agencyId());
		}
		if (text == null || text.isBlank()) {
			throw Refusal.rule("rectification-report-needs-text", "The rectification report of %s needs its text",
					id());
		}
		RectificationReport next = new RectificationReport(text, evidenceRefs, by, on, on.isAfter(this.deadline));
		return with(RectificationStatus.SUBMITTED, next, new RectificationEntry(Step.SUBMITTED, by, on, text), null);
	}

	/** The buyer sends the report back; the agency owes a new one. */
	public Rectification returnReport(String by, String reason, LocalDate on) {
		requireStatus("return the report", RectificationStatus.SUBMITTED);
		if (reason == null || reason.isBlank()) {
			throw Refusal.rule("rectification-return-needs-a-reason",
					"Returning the rectification report of %s needs a reason", id());
		}
		return with(RectificationStatus.REQUIRED, this.report, new RectificationEntry(Step.RETURNED, by, on, reason),
				null);
	}

	/** The buyer verifies the reported rectification. */
	public Verification verify(String by, LocalDate on) {
		requireStatus("verify the rectification", RectificationStatus.SUBMITTED);
		Rectification verified = with(RectificationStatus.VERIFIED, this.report,
				new RectificationEntry(Step.VERIFIED, by, on, null), on);
		return new Verification(verified, new RectificationVerified(this.subject, on,
				RectificationRules.reEvaluationFollows(this.subject.grade())));
	}

	/** Whether a report is owed and its deadline has passed. */
	public boolean isOverdueOn(LocalDate today) {
		return this.status == RectificationStatus.REQUIRED && today.isAfter(this.deadline);
	}

	private void requireStatus(String action, RectificationStatus allowed) {
		if (this.status != allowed) {
			throw Refusal.conflict("rectification-in-wrong-status",
					"Cannot %s: the rectification of %s is %s, it must be %s", action, id(), this.status, allowed);
		}
	}

	private Rectification with(RectificationStatus next, RectificationReport report, RectificationEntry entry,
			LocalDate verified) {
		List<RectificationEntry> entries = new ArrayList<>(this.history);
		entries.add(entry);
		return new Rectification(this.subject, next, this.openedOn, this.deadline, report, entries, verified);
	}

	/** A verified rectification and the fact it publishes. */
	public record Verification(Rectification rectification, RectificationVerified verified) {
	}

}
