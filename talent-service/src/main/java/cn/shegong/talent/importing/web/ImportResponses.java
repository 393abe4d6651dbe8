package cn.shegong.talent.importing.web;

import java.time.Instant;
import java.util.List;

import cn.shegong.talent.importing.application.ImportJob;
import cn.shegong.talent.importing.application.RowReport;
import cn.shegong.talent.importing.application.RowReport.Action;
import cn.shegong.talent.importing.application.RowReport.Outcome;

/** What the import endpoints answer; resident IDs appear masked only. */
final class ImportResponses {

	private ImportResponses() {
	}

	record Row(int row, Outcome outcome, Action action, String residentIdMasked, String rule, String message,
			List<String> changes) {

		static Row of(RowReport report) {
			return new Row(report.row(), report.outcome(), report.action(), report.residentIdMasked(), report.rule(),
					report.message(), report.changes());
		}

	}

	record DryRun(int total, long ok, long bad, List<Row> rows) {

		static DryRun of(List<RowReport> reports) {
			long ok = reports.stream().filter((report) -> report.outcome() == Outcome.OK).count();
			return new DryRun(reports.size(), ok, reports.size() - ok, reports.stream().map(Row::of).toList());
		}

	}

	/** {@code message} is present only for a job that did not finish. */
	record Job(String jobId, ImportJob.Status status, int total, int done, long ok, long bad, Instant startedAt,
			Instant finishedAt, List<Row> rows, String message) {

		static Job of(ImportJob job) {
			long ok = job.rows().stream().filter((report) -> report.outcome() == Outcome.OK).count();
			return new Job(job.id(), job.status(), job.total(), job.done(), ok, job.rows().size() - ok, job.startedAt(),
					job.finishedAt(), job.rows().stream().map(Row::of).toList(), job.message());
		}

	}

}
