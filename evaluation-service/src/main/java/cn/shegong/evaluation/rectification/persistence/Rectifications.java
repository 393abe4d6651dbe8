package cn.shegong.evaluation.rectification.persistence;

import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import cn.shegong.evaluation.rectification.model.Rectification;
import cn.shegong.platform.outbox.Outbox;
import cn.shegong.platform.outbox.PendingEvent;
import cn.shegong.platform.outbox.VersionedWrites;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rectifications, one per final evaluation that requires one. A save carries the
 * version the change was made on and the events it caused, in one write.
 */
@Repository
public class Rectifications {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final MongoTemplate mongo;

	private final Outbox outbox;

	Rectifications(MongoTemplate mongo, Outbox outbox) {
		this.mongo = mongo;
		this.outbox = outbox;
		mongo.indexOps(RectificationDocument.COLLECTION)
			.createIndex(new Index().on("contractId", Sort.Direction.ASC).named("by_contract"));
		mongo.indexOps(RectificationDocument.COLLECTION)
			.createIndex(new Index().on("agencyId", Sort.Direction.ASC).named("by_agency"));
	}

	/** Stores a newly opened rectification; false if the evaluation already has one. */
	public boolean insertIfAbsent(Rectification rectification) {
		try {
			this.mongo.insert(document(rectification, null));
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	public Optional<Versioned> find(String evaluationId) {
		return Optional.ofNullable(this.mongo.findById(evaluationId, RectificationDocument.class))
			.map(Rectifications::versioned);
	}

	/** Saves a change made on the given version with its events. */
	public long save(Rectification rectification, long expectedVersion, List<PendingEvent> events) {
		long saved = VersionedWrites.save(this.mongo, document(rectification, expectedVersion), rectification.id(),
				expectedVersion, events);
		if (!events.isEmpty()) {
			this.outbox.written();
		}
		return saved;
	}

	public List<Rectification> ofContract(String contractId) {
		return list(Query.query(Criteria.where("contractId").is(contractId)));
	}

	public List<Rectification> ofAgency(String agencyId) {
		return list(Query.query(Criteria.where("agencyId").is(agencyId)));
	}

	private List<Rectification> list(Query query) {
		return this.mongo.find(query.with(Sort.by("_id")), RectificationDocument.class)
			.stream()
			.map((document) -> versioned(document).rectification())
			.toList();
	}

	private static RectificationDocument document(Rectification r, Long version) {
		return new RectificationDocument(r.id(), r.subject().contractId(), r.subject().agencyId(),
				r.subject().regionCode(), r.status().name(), r.deadline(), JSON.writeValueAsString(r), version,
				List.of());
	}

	private static Versioned versioned(RectificationDocument document) {
		return new Versioned(JSON.readValue(document.state(), Rectification.class), document.version());
	}

	/** A rectification and the version it was read at. */
	public record Versioned(Rectification rectification, long version) {
	}

}
