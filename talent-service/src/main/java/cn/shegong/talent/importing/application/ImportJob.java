package cn.shegong.talent.importing.application;

import java.time.Instant;
import java.util.List;

/**
 * An import being applied in the background, readable by the agency that started it.
 * {@code done} of {@code total} rows have been handled; their reports are in
 * {@code rows}. {@code message} tells HR what to do about a job that did not finish.
 */
public record ImportJob(String id, String agencyId, Status status, int total, int done, Instant startedAt,
		Instant finishedAt, List<RowReport> rows, String message) {

	public ImportJob {
		rows = List.copyOf(rows);
	}

	public enum Status {

		RUNNING, DONE, FAILED,
		/**
		 * The service stopped while the job was running; the rows reported were applied.
		 */
		INTERRUPTED

	}

}
