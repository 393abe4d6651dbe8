package cn.shegong.talent.worker.persistence;

import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import cn.shegong.platform.outbox.VersionedWrites;
import cn.shegong.platform.problem.ProblemException;
import cn.shegong.talent.worker.model.SocialWorker;

/**
 * Workers in the store, one document each. The unique index on the resident ID hash is
 * what makes "one worker per person across the platform" hold under concurrent imports.
 */
@Repository
public class WorkerRepository {

	private final MongoTemplate mongo;

	WorkerRepository(MongoTemplate mongo) {
		this.mongo = mongo;
		mongo.indexOps(WorkerDocument.COLLECTION)
			.createIndex(new Index().on("residentIdHash", Sort.Direction.ASC).unique().named("unique_resident_id"));
		mongo.indexOps(WorkerDocument.COLLECTION)
			.createIndex(new Index().on("employerId", Sort.Direction.ASC).named("by_employer"));
	}

	/**
	 * Stores a new worker; a second worker with the same resident ID number is refused.
	 */
	public StoredWorker insert(SocialWorker worker) {
		try {
			return this.mongo.insert(WorkerDocument.of(worker, null)).toStored();
		}
		catch (DuplicateKeyException ex) {
			// The store's message names the duplicate hash; the refusal names nothing.
			throw ProblemException.conflict("worker-already-registered",
					"A worker with this resident ID number is already registered on the platform");
		}
	}

	public Optional<StoredWorker> findById(String id) {
		return Optional.ofNullable(this.mongo.findById(id, WorkerDocument.class)).map(WorkerDocument::toStored);
	}

	public Optional<StoredWorker> findByResidentIdHash(String hash) {
		return Optional
			.ofNullable(
					this.mongo.findOne(Query.query(Criteria.where("residentIdHash").is(hash)), WorkerDocument.class))
			.map(WorkerDocument::toStored);
	}

	public List<StoredWorker> employedBy(String agencyId) {
		Query query = Query.query(Criteria.where("employerId").is(agencyId)).with(Sort.by("name", "_id"));
		return this.mongo.find(query, WorkerDocument.class).stream().map(WorkerDocument::toStored).toList();
	}

	/**
	 * @throws OptimisticLockingFailureException when someone else changed it first
	 */
	public StoredWorker save(StoredWorker changed) {
		SocialWorker worker = changed.worker();
		long saved = VersionedWrites.save(this.mongo, WorkerDocument.of(worker, changed.version()), worker.id(),
				changed.version(), List.of());
		return new StoredWorker(worker, saved);
	}

}
