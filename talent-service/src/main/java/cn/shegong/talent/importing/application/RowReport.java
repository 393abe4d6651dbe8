package cn.shegong.talent.importing.application;

import java.util.List;

/**
 * What became, or would become, of one sheet row. A refused row names its rule; the
 * resident ID only ever appears masked. {@code changes} names what an UPDATE changes: the
 * profile fields ({@code name}, {@code education}, {@code yearsOfService}) and
 * {@code certificate} when the row adds one.
 */
public record RowReport(int row, Outcome outcome, Action action, String residentIdMasked, String rule, String message,
		List<String> changes) {

	public RowReport {
		changes = (changes != null) ? List.copyOf(changes) : List.of();
	}

	static RowReport ok(int row, Action action, String residentIdMasked, List<String> changes) {
		return new RowReport(row, Outcome.OK, action, residentIdMasked, null, null, changes);
	}

	static RowReport refused(int row, String residentIdMasked, String rule, String message) {
		return new RowReport(row, Outcome.BAD, Action.NONE, residentIdMasked, rule, message, List.of());
	}

	public enum Outcome {

		OK, BAD

	}

	public enum Action {

		/** A new worker, with the row's certificate if it has one. */
		CREATE,
		/**
		 * The worker is already recorded; the row corrects the profile and/or adds its
		 * certificate.
		 */
		UPDATE,
		/** Worker and certificate are recorded already: the row changes nothing. */
		ALREADY_PRESENT,
		/** The row is refused. */
		NONE

	}

}
