package cn.shegong.feedback.grouping.persistence;

import java.time.Instant;
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

import cn.shegong.feedback.grouping.model.IssueGroup;
import cn.shegong.platform.outbox.VersionedWrites;

/** The {@code issue_groups} collection: one document per group, optimistically locked. */
@Repository
public class IssueGroups {

	private final MongoTemplate mongo;

	IssueGroups(MongoTemplate mongo) {
		this.mongo = mongo;
		mongo.indexOps(IssueGroupDocument.COLLECTION)
			.createIndex(new Index().on("projectId", Sort.Direction.ASC)
				.on("lastSeen", Sort.Direction.DESC)
				.named("by_project_recent"));
		mongo.indexOps(IssueGroupDocument.COLLECTION)
			.createIndex(new Index().on("ticketIds", Sort.Direction.ASC).named("by_ticket"));
	}

	/** Groups of the project last seen at or after {@code since}: the open ones. */
	public List<StoredIssueGroup> openOfProject(String projectId, Instant since) {
		Query query = Query.query(Criteria.where("projectId").is(projectId).and("lastSeen").gte(since))
			.with(Sort.by("firstSeen", "_id"));
		return this.mongo.find(query, IssueGroupDocument.class).stream().map(IssueGroupDocument::toStored).toList();
	}

	/** All groups of the project, the most told first. */
	public List<IssueGroup> ofProjectByCount(String projectId) {
		Query query = Query.query(Criteria.where("projectId").is(projectId).and("count").gte(1))
			.with(Sort.by(Sort.Order.desc("count"), Sort.Order.desc("lastSeen"), Sort.Order.asc("_id")));
		return this.mongo.find(query, IssueGroupDocument.class)
			.stream()
			.map((document) -> document.toStored().group())
			.toList();
	}

	/** The group of the project already counting this ticket, if any. */
	public Optional<IssueGroup> holding(String projectId, String ticketId) {
		Query query = Query.query(Criteria.where("projectId").is(projectId).and("ticketIds").is(ticketId));
		return Optional.ofNullable(this.mongo.findOne(query, IssueGroupDocument.class))
			.map((document) -> document.toStored().group());
	}

	/**
	 * Stores a new group.
	 * @throws DuplicateKeyException if a group with its id exists already
	 */
	public void insert(IssueGroup group) {
		this.mongo.insert(IssueGroupDocument.of(group, 0));
	}

	/**
	 * Stores a changed group.
	 * @throws OptimisticLockingFailureException if it changed since {@code version}
	 */
	public void update(IssueGroup group, long version) {
		VersionedWrites.save(this.mongo, IssueGroupDocument.of(group, version), group.id(), version, List.of());
	}

}
