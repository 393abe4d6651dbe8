package cn.shegong.talent.importing.application;

/**
 * What became, or would become, of one sheet row. A refused row names its rule; the
 * resident ID only ever appears masked.
 */
public record RowReport(int row, Outcome outcome, Action action, String residentIdMasked, String rule, String message) {

	static RowReport ok(int row, Action action, String residentIdMasked) {
		return new RowReport(row, Outcome.OK, action, residentIdMasked, null, null);
	}

	static RowReport refused(int row, String residentIdMasked, String rule, String message) {
		return new RowReport(row, Outcome.BAD, Action.NONE, residentIdMasked, rule, message);
	}

	public enum Outcome {

		OK, BAD

	}

	public enum Action {

		/** A new worker, with the row's certificate if it has one. */
		CREATE,
		/** The worker is already recorded; the row's certificate is added. */
		UPDATE,
		/** Worker and certificate are recorded already: the row changes nothing. */
		ALREADY_PRESENT,
		/** The row is refused. */
		NONE

	}

}
