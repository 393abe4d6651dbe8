package cn.shegong.evaluation.evaluation.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import cn.shegong.evaluation.evaluation.application.EvaluationFile;
import cn.shegong.evaluation.evaluation.model.Evaluation;
import cn.shegong.evaluation.evaluation.model.EvaluationStatus;
import cn.shegong.platform.outbox.Outbox;
import cn.shegong.platform.outbox.PendingEvent;
import cn.shegong.platform.outbox.VersionedWrites;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evaluations, keyed by id. A save carries the version the change was made on and the
 * events it caused, in one write.
 */
@Repository
public class Evaluations {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private static final List<String> FINAL = List.of(EvaluationStatus.FINAL.name(), EvaluationStatus.PUBLISHED.name(),
			EvaluationStatus.RECTIFICATION_REQUIRED.name());

	private final MongoTemplate mongo;

	private final Outbox outbox;

	Evaluations(MongoTemplate mongo, Outbox outbox) {
		this.mongo = mongo;
		this.outbox = outbox;
		mongo.indexOps(EvaluationDocument.COLLECTION)
			.createIndex(new Index().on("evaluatorIds", Sort.Direction.ASC).named("by_evaluator"));
		mongo.indexOps(EvaluationDocument.COLLECTION)
			.createIndex(new Index().on("contractId", Sort.Direction.ASC).named("by_contract"));
		mongo.indexOps(EvaluationDocument.COLLECTION)
			.createIndex(new Index().on("regionCode", Sort.Direction.ASC)
				.on("publishedOn", Sort.Direction.ASC)
				.on("publicationDue", Sort.Direction.ASC)
				.named("by_region_and_publication"));
		mongo.indexOps(EvaluationDocument.COLLECTION)
			.createIndex(new Index().on("status", Sort.Direction.ASC)
				.on("replyDeadline", Sort.Direction.ASC)
				.named("by_status_and_deadline"));
	}

	/** Stores a new evaluation with its events; false if one with its id exists. */
	public boolean insertIfAbsent(EvaluationFile file, List<PendingEvent> events) {
		try {
			this.mongo.insert(document(file, null, events));
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
		this.outbox.written();
		return true;
	}

	public Optional<Versioned> find(String id) {
		return Optional.ofNullable(this.mongo.findById(id, EvaluationDocument.class)).map(Evaluations::versioned);
	}

	/**
	 * Saves a change made on the given version with its events; returns the new version.
	 */
	public long save(EvaluationFile file, long expectedVersion, List<PendingEvent> events) {
		long saved = VersionedWrites.save(this.mongo, document(file, expectedVersion, List.of()),
				file.evaluation().id(), expectedVersion, events);
		if (!events.isEmpty()) {
			this.outbox.written();
		}
		return saved;
	}

	public List<EvaluationFile> assignedTo(String evaluatorId) {
		return list(Query.query(Criteria.where("evaluatorIds").is(evaluatorId)));
	}

	public List<EvaluationFile> ofContract(String contractId) {
		return list(Query.query(Criteria.where("contractId").is(contractId)));
	}

	/** Final grades, latest first. */
	public List<EvaluationFile> finalGrades(int limit) {
		return list(Query.query(Criteria.where("status").in(FINAL))
			.with(Sort.by(Sort.Direction.DESC, "finalOn").and(Sort.by("_id")))
			.limit(limit));
	}

	/**
	 * Final grades of a region not published yet, the earliest due (so the overdue)
	 * first.
	 */
	public List<EvaluationFile> unpublishedFinalGrades(String regionCode) {
		return this.mongo
			.find(Query
				.query(Criteria.where("regionCode").is(regionCode).and("status").in(FINAL).and("publishedOn").is(null))
				.with(Sort.by("publicationDue", "_id")), EvaluationDocument.class)
			.stream()
			.map((document) -> versioned(document).file())
			.toList();
	}

	/** Those of the given evaluations whose grade is not final yet, in one read. */
	public List<Evaluation> gradeOpenAmong(Collection<String> ids) {
		return list(Query.query(Criteria.where("_id").in(ids).and("status").nin(FINAL))).stream()
			.map(EvaluationFile::evaluation)
			.toList();
	}

	/** The evaluations with these ids, in id order, in one read. */
	public List<EvaluationFile> withIds(Collection<String> ids) {
		return list(Query.query(Criteria.where("_id").in(ids)));
	}

	/** Provisional grades with no reply whose window closed before {@code today}. */
	public List<String> unrepliedWindowsClosedBefore(LocalDate today) {
		Query query = Query.query(Criteria.where("status")
			.is(EvaluationStatus.PROVISIONAL.name())
			.and("replied")
			.is(false)
			.and("replyDeadline")
			.lt(today));
		query.fields().include("_id");
		return this.mongo.find(query, org.bson.Document.class, EvaluationDocument.COLLECTION)
			.stream()
			.map((found) -> found.getString("_id"))
			.toList();
	}

	private List<EvaluationFile> list(Query query) {
		return this.mongo.find(query.with(Sort.by("_id")), EvaluationDocument.class)
			.stream()
			.map((document) -> versioned(document).file())
			.toList();
	}

	private static EvaluationDocument document(EvaluationFile file, Long version, List<PendingEvent> events) {
		Evaluation e = file.evaluation();
		return new EvaluationDocument(e.id(), e.subject().contractId(), e.subject().milestoneId(),
				e.subject().agencyId(), e.subject().regionCode(),
				(e.panel() != null) ? e.panel().evaluatorIds() : List.of(), e.status().name(),
				(e.grading() != null) ? e.grading().replyDeadline() : null,
				e.grading() != null && e.grading().reply() != null,
				(e.grading() != null) ? e.grading().finalOn() : null,
				(e.grading() != null) ? e.grading().publicationDue() : null,
				(e.grading() != null) ? e.grading().publishedOn() : null, JSON.writeValueAsString(file), version,
				events);
	}

	private static Versioned versioned(EvaluationDocument document) {
		return new Versioned(JSON.readValue(document.state(), EvaluationFile.class), document.version());
	}

	/** An evaluation and the version it was read at. */
	public record Versioned(EvaluationFile file, long version) {

	}

}
