package cn.shegong.procurement.project.persistence;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import cn.shegong.platform.outbox.Outbox;
import cn.shegong.platform.outbox.PendingEvent;
import cn.shegong.platform.outbox.VersionedWrites;
import cn.shegong.procurement.project.model.Project;

/**
 * Loads and saves projects. A save carries the expected version: if someone else saved in
 * between, the store refuses (the platform answers 409 stale-version) and nothing is
 * written.
 */
@Component
public class ProjectStore {

	private final MongoTemplate mongo;

	private final Outbox outbox;

	ProjectStore(MongoTemplate mongo, Outbox outbox) {
		this.mongo = mongo;
		this.outbox = outbox;
	}

	public Optional<Versioned> find(String id) {
		return Optional.ofNullable(this.mongo.findById(id, ProjectDocument.class))
			.map((document) -> new Versioned(document.toProject(), document.getVersion()));
	}

	/** Every project of a buyer, in no particular order. */
	public List<Project> ofBuyer(String buyerId) {
		Query query = Query.query(Criteria.where("definition.buyerId").is(buyerId));
		return this.mongo.find(query, ProjectDocument.class).stream().map(ProjectDocument::toProject).toList();
	}

	/** Inserts a new project; returns its first version. */
	public long insert(Project project) {
		return this.mongo.insert(ProjectDocument.of(project, null, List.of())).getVersion();
	}

	/**
	 * Saves a change made on the given version, with the events it caused; returns the
	 * new version.
	 */
	public long save(Project project, long expectedVersion, List<PendingEvent> events) {
		long saved = VersionedWrites.save(this.mongo, ProjectDocument.of(project, expectedVersion, List.of()),
				project.id(), expectedVersion, events);
		if (!events.isEmpty()) {
			this.outbox.written();
		}
		return saved;
	}

	/** A project and the version it was read at. */
	public record Versioned(Project project, long version) {

	}

}
