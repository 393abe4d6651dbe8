package cn.shegong.talent.importing.persistence;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import cn.shegong.talent.importing.application.ImportJob;
import cn.shegong.talent.importing.application.RowReport;

/**
 * Import jobs. Each handled row is one atomic push-and-count, so a reader polling the job
 * never sees a count that disagrees with the reports.
 */
@Repository
public class ImportJobRepository {

	private final MongoTemplate mongo;

	ImportJobRepository(MongoTemplate mongo) {
		this.mongo = mongo;
		mongo.indexOps(ImportJobDocument.COLLECTION)
			.createIndex(new Index().on("agencyId", Sort.Direction.ASC).named("by_agency"));
	}

	public ImportJob insert(ImportJob job) {
		return this.mongo.insert(ImportJobDocument.of(job)).toJob();
	}

	public Optional<ImportJob> findById(String id) {
		return Optional.ofNullable(this.mongo.findById(id, ImportJobDocument.class)).map(ImportJobDocument::toJob);
	}

	public void recordRow(String jobId, RowReport report) {
		this.mongo.updateFirst(byId(jobId), new Update().push("rows", report).inc("done", 1), ImportJobDocument.class);
	}

	public void finish(String jobId, ImportJob.Status status, Instant at) {
		this.mongo.updateFirst(byId(jobId), new Update().set("status", status).set("finishedAt", at),
				ImportJobDocument.class);
	}

	/**
	 * Marks every job still running as interrupted, with {@code message} for HR.
	 * @return how many jobs were marked
	 */
	public long interruptRunning(Instant at, String message) {
		return this.mongo.updateMulti(Query.query(Criteria.where("status").is(ImportJob.Status.RUNNING)),
				new Update().set("status", ImportJob.Status.INTERRUPTED).set("finishedAt", at).set("message", message),
				ImportJobDocument.class)
			.getModifiedCount();
	}

	private static Query byId(String jobId) {
		return Query.query(Criteria.where("_id").is(jobId));
	}

}
