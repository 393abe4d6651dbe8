package cn.shegong.feedback.ticket.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import cn.shegong.feedback.ticket.model.Ticket;
import cn.shegong.feedback.ticket.model.TicketStatus;
import cn.shegong.platform.outbox.Outbox;
import cn.shegong.platform.outbox.PendingEvent;
import cn.shegong.platform.outbox.VersionedWrites;

/**
 * Tickets keyed by id and findable by receipt code (unique). A save carries the version
 * the change was made on and the events it caused, in one write: of two checks that raced
 * to escalate the same ticket, only one can publish.
 */
@Repository
public class Tickets {

	private static final List<TicketStatus> AWAITING_RESOLUTION = List.of(TicketStatus.values())
		.stream()
		.filter(TicketStatus::awaitsResolution)
		.toList();

	private final MongoTemplate mongo;

	private final Outbox outbox;

	Tickets(MongoTemplate mongo, Outbox outbox) {
		this.mongo = mongo;
		this.outbox = outbox;
		mongo.indexOps(TicketDocument.COLLECTION)
			.createIndex(new Index().on("receiptCode", Sort.Direction.ASC).unique().named("by_receipt_code"));
		mongo.indexOps(TicketDocument.COLLECTION)
			.createIndex(new Index().on("projectId", Sort.Direction.ASC)
				.on("receivedAt", Sort.Direction.ASC)
				.named("by_project_and_receipt"));
		mongo.indexOps(TicketDocument.COLLECTION)
			.createIndex(new Index().on("status", Sort.Direction.ASC)
				.on("deadline", Sort.Direction.ASC)
				.named("by_status_and_deadline"));
	}

	/** Stores a new ticket (no events: filing publishes nothing outside the service). */
	public void insert(Ticket ticket) {
		this.mongo.insert(TicketDocument.of(ticket, null));
	}

	public Optional<Versioned> find(String id) {
		return Optional.ofNullable(this.mongo.findById(id, TicketDocument.class)).map(Tickets::versioned);
	}

	public Optional<Versioned> byReceiptCode(String receiptCode) {
		return Optional
			.ofNullable(this.mongo.findOne(Query.query(Criteria.where("receiptCode").is(receiptCode)),
					TicketDocument.class))
			.map(Tickets::versioned);
	}

	/** Tickets matching a filter, oldest first. */
	public List<Versioned> matching(TicketFilter filter) {
		Criteria criteria = new Criteria();
		filter.projectId().ifPresent((id) -> criteria.and("projectId").is(id));
		filter.agencyId().ifPresent((id) -> criteria.and("agencyId").is(id));
		filter.projectIds().ifPresent((ids) -> criteria.and("projectId").in(ids));
		filter.status().ifPresent((status) -> criteria.and("status").is(status));
		if (filter.escalatedOnly()) {
			criteria.and("escalatedAt").ne(null);
		}
		return found(Query.query(criteria).with(Sort.by("receivedAt", "_id")).limit(filter.limit()));
	}

	/** A project's tickets received in {@code [from, until)}. */
	public List<Ticket> receivedBetween(String projectId, Instant from, Instant until) {
		Query query = Query.query(Criteria.where("projectId").is(projectId).and("receivedAt").gte(from).lt(until))
			.with(Sort.by("receivedAt", "_id"));
		return this.mongo.find(query, TicketDocument.class).stream().map(TicketDocument::toTicket).toList();
	}

	/** Unresolved tickets past their deadline that were never escalated. */
	public List<Versioned> overdueUnescalated(Instant now) {
		Query query = Query
			.query(Criteria.where("status").in(AWAITING_RESOLUTION).and("deadline").lt(now).and("escalatedAt").is(null))
			.with(Sort.by("deadline"));
		return found(query);
	}

	/** Resolved tickets whose resolution stood since before {@code resolvedBefore}. */
	public List<Versioned> resolvedSince(Instant resolvedBefore) {
		Query query = Query
			.query(Criteria.where("status").is(TicketStatus.RESOLVED).and("resolvedAt").lte(resolvedBefore));
		return found(query);
	}

	/**
	 * Saves a change made on the given version with its events; returns the new version.
	 */
	public long save(Ticket ticket, long expectedVersion, List<PendingEvent> events) {
		long saved = VersionedWrites.save(this.mongo, TicketDocument.of(ticket, expectedVersion), ticket.id(),
				expectedVersion, events);
		if (!events.isEmpty()) {
			this.outbox.written();
		}
		return saved;
	}

	private List<Versioned> found(Query query) {
		return this.mongo.find(query, TicketDocument.class).stream().map(Tickets::versioned).toList();
	}

	private static Versioned versioned(TicketDocument document) {
		return new Versioned(document.toTicket(), document.version());
	}

	/** A ticket and the version it was read at. */
	public record Versioned(Ticket ticket, long version) {

	}

}
