package cn.shegong.evaluation.evaluation.model;

import java.time.LocalDate;
import java.util.Objects;

/** What one callback found about one sampled beneficiary. */
public record CallbackOutcome(String beneficiaryId, Result result, LocalDate calledOn, String note) {

	public CallbackOutcome {
		Objects.requireNonNull(beneficiaryId, "beneficiaryId");
		Objects.requireNonNull(result, "result");
		Objects.requireNonNull(calledOn, "calledOn");
		note = (note != null) ? note : "";
	}

	/** The answer a callback got. */
	public enum Result {

		/** The beneficiary confirms the service the agency recorded. */
		CONFIRMED,
		/**
		 * The beneficiary denies it, or describes something else: the record is doubtful.
		 */
		CONTRADICTED,
		/**
		 * Nobody answered; counts neither for nor against the agency, and may be called
		 * again.
		 */
		UNREACHABLE

	}

}
