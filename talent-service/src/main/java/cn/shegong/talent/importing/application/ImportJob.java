package cn.shegong.talent.importing.application;

import java.time.Instant;
import java.util.List;

/**
 * An import being applied in the background, readable by the agency that started it.
 * {@code done} of {@code total} rows have been handled; their reports are in
 * {@code rows}.
 */
public record ImportJob(String id, String agencyId, Status status, int total, int done, Instant startedAt,
		Instant finishedAt, List<RowReport> rows) {

	public ImportJob {
		rows = List.copyOf(rows);
	}

	public enum Status {

		RUNNING, DONE, FAILED

	}

}
