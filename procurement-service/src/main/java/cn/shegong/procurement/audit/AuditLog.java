package cn.shegong.procurement.audit;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import cn.shegong.procurement.audit.model.AuditEntry;
import cn.shegong.procurement.audit.model.AuditEntry.AuditedObject;
import cn.shegong.procurement.audit.model.Changes;

/**
 * The audit trail in the store: one document per change, in its own collection, only ever
 * inserted. Use cases record an entry after the write it describes succeeded.
 */
@Component
public class AuditLog {

	static final String COLLECTION = "audit_log";

	private final MongoTemplate mongo;

	private final Clock clock;

	AuditLog(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
		mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("object.kind", Sort.Direction.ASC)
				.on("object.id", Sort.Direction.ASC)
				.on("at", Sort.Direction.ASC));
	}

	public AuditEntry record(AuditedObject object, String actor, String action, Map<String, ?> before,
			Map<String, ?> after, String reason) {
		AuditEntry entry = new AuditEntry(UUID.randomUUID().toString(), object, actor, this.clock.instant(), action,
				Changes.between(before, after), reason);
		this.mongo.insert(entry, COLLECTION);
		return entry;
	}

	public List<AuditEntry> trailOf(AuditedObject object) {
		Query query = Query.query(Criteria.where("object.kind").is(object.kind()).and("object.id").is(object.id()))
			.with(Sort.by("at", "id"));
		return this.mongo.find(query, AuditEntry.class, COLLECTION);
	}

}
