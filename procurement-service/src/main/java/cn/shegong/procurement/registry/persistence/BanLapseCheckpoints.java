package cn.shegong.procurement.registry.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import cn.shegong.platform.outbox.Outbox;
import cn.shegong.platform.outbox.PendingEvent;

/**
 * How far each banned agency's lapsed bans have been announced, kept in the agency's
 * document beside the aggregate: a field the agency's versioned writes neither set nor
 * clear. Advancing it and appending the announcements is one conditional update that only
 * matches the checkpoint it was computed from, so of two checks that saw the same
 * checkpoint only one announces.
 */
@Component
public class BanLapseCheckpoints {

	static final String FIELD = "banLapsesCheckedThrough";

	private final MongoTemplate mongo;

	BanLapseCheckpoints(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Agencies with a ban ended by the day, not yet checked through it, with their
	 * checkpoint.
	 */
	public List<Candidate> dueBy(LocalDate today) {
		Query query = Query.query(new Criteria().andOperator(Criteria.where("bans.until").lte(today), new Criteria()
			.orOperator(Criteria.where(FIELD).exists(false), Criteria.where(FIELD).lt(today.toString()))));
		return this.mongo.find(query, AgencyDocument.class)
			.stream()
			.map((document) -> new Candidate(document.toStored(), checkpointOf(document.id())))
			.toList();
	}

	/**
	 * Moves the agency's checkpoint from {@code previous} to {@code today} and appends
	 * the events to its outbox.
	 * @return false if another check moved it first; nothing is written then
	 */
	public boolean advance(String agencyId, Optional<LocalDate> previous, LocalDate today, List<PendingEvent> events) {
		Criteria unchanged = previous.map((day) -> Criteria.where(FIELD).is(day.toString()))
			.orElseGet(() -> Criteria.where(FIELD).exists(false));
		Update update = new Update().set(FIELD, today.toString());
		if (!events.isEmpty()) {
			update.push(Outbox.FIELD).each(events.toArray());
		}
		Query query = Query.query(Criteria.where("_id").is(agencyId).andOperator(unchanged));
		return this.mongo.updateFirst(query, update, AgencyDocument.class).getModifiedCount() > 0;
	}

	private Optional<LocalDate> checkpointOf(String agencyId) {
		Document raw = this.mongo.findById(agencyId, Document.class, AgencyDocument.COLLECTION);
		return Optional.ofNullable(raw).map((document) -> document.getString(FIELD)).map(LocalDate::parse);
	}

	/** A banned agency and the day through which its lapsed bans were announced. */
	public record Candidate(StoredAgency agency, Optional<LocalDate> checkedThrough) {

	}

}
