package cn.shegong.talent.importing.persistence;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.shegong.talent.importing.application.ImportJob;
import cn.shegong.talent.importing.application.RowReport;

/** An import job as stored: row reports carry masked resident IDs only. */
@Document(ImportJobDocument.COLLECTION)
record ImportJobDocument(@Id String id, String agencyId, ImportJob.Status status, int total, int done,
		Instant startedAt, Instant finishedAt, List<RowReport> rows, String message) {

	static final String COLLECTION = "import_jobs";

	static ImportJobDocument of(ImportJob job) {
		return new ImportJobDocument(job.id(), job.agencyId(), job.status(), job.total(), job.done(), job.startedAt(),
				job.finishedAt(), job.rows(), job.message());
	}

	ImportJob toJob() {
		return new ImportJob(this.id, this.agencyId, this.status, this.total, this.done, this.startedAt,
				this.finishedAt, (this.rows != null) ? this.rows : List.of(), this.message);
	}

}
