package cn.shegong.talent.training.persistence;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import cn.shegong.talent.training.model.TrainingRecord;

/**
 * Training records, one document each. They are facts once entered, so they are only
 * inserted, never changed; a wrong one would be corrected by a later, separate record.
 */
@Repository
public class TrainingRecordRepository {

	private final MongoTemplate mongo;

	TrainingRecordRepository(MongoTemplate mongo) {
		this.mongo = mongo;
		mongo.indexOps(TrainingRecordDocument.COLLECTION)
			.createIndex(new Index().on("workerId", Sort.Direction.ASC)
				.on("date", Sort.Direction.ASC)
				.named("by_worker_and_date"));
	}

	public TrainingRecord insert(TrainingRecord record) {
		return this.mongo.insert(TrainingRecordDocument.of(record)).toRecord();
	}

	public List<TrainingRecord> of(String workerId) {
		return find(Query.query(Criteria.where("workerId").is(workerId)).with(Sort.by("date", "_id")));
	}

	/** Records of any of the workers dated from {@code from} through {@code through}. */
	public List<TrainingRecord> of(List<String> workerIds, LocalDate from, LocalDate through) {
		return find(Query.query(Criteria.where("workerId").in(workerIds).and("date").gte(from).lte(through)));
	}

	private List<TrainingRecord> find(Query query) {
		return this.mongo.find(query, TrainingRecordDocument.class)
			.stream()
			.map(TrainingRecordDocument::toRecord)
			.toList();
	}

}
