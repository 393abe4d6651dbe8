package cn.shegong.evaluation.evaluation.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What evaluation keeps of an awarded contract to schedule its evaluations (from
 * {@code ContractAwarded}).
 */
public record ContractTerms(String contractId, String projectId, String agencyId, String regionCode,
		LocalDate termStart, LocalDate termEnd, List<Milestone> milestones) {

	public ContractTerms {
		Objects.requireNonNull(termStart, "termStart");
		Objects.requireNonNull(termEnd, "termEnd");
		if (termEnd.isBefore(termStart)) {
			throw new IllegalArgumentException("contract " + contractId + " ends " + termEnd + " before " + termStart);
		}
		milestones = List.copyOf(milestones);
	}

	EvaluationSubject subjectFor(String milestoneId) {
		return new EvaluationSubject(this.contractId, this.projectId, this.agencyId, this.regionCode, milestoneId);
	}

	/** A contract milestone (里程碑) as procurement announced it. */
	public record Milestone(String milestoneId, Type type, LocalDate dueDate) {

		/**
		 * Milestone types of DOMAIN §2; quarterly monitoring has no evaluation of its
		 * own.
		 */
		public enum Type {

			MID_TERM, FINAL, QUARTERLY_MONITORING

		}

	}

}
