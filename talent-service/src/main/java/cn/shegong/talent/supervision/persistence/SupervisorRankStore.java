package cn.shegong.talent.supervision.persistence;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import cn.shegong.talent.supervision.application.RankRecord;
import cn.shegong.talent.supervision.model.SupervisorRankHistory;

/** Workers' supervisor rank histories; a worker never ranked reads as empty. */
@Repository
public class SupervisorRankStore {

	private final MongoTemplate mongo;

	SupervisorRankStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public Optional<RankRecord> find(String workerId) {
		return Optional.ofNullable(this.mongo.findById(workerId, SupervisorRankDocument.class))
			.map(SupervisorRankDocument::toRecord);
	}

	public Map<String, SupervisorRankHistory> findAll(List<String> workerIds) {
		return this.mongo.find(Query.query(Criteria.where("_id").in(workerIds)), SupervisorRankDocument.class)
			.stream()
			.map((document) -> document.toRecord().history())
			.collect(Collectors.toMap(SupervisorRankHistory::workerId, Function.identity()));
	}

	/**
	 * Stores the record over the version it was read at.
	 * @throws org.springframework.dao.OptimisticLockingFailureException when someone else
	 * changed it first
	 * @throws org.springframework.dao.DuplicateKeyException when someone else stored the
	 * worker's first decision first
	 */
	public RankRecord save(RankRecord record, String agencyId) {
		return this.mongo.save(SupervisorRankDocument.of(record, agencyId)).toRecord();
	}

}
