package cn.shegong.procurement.registry.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import cn.shegong.platform.outbox.Outbox;
import cn.shegong.platform.outbox.PendingEvent;
import cn.shegong.procurement.registry.model.BanPeriod;

/**
 * How far each banned agency's lapsed bans have been announced, kept in the document that
 * carries its bans: the agency's, or for an agency the registry does not know, its
 * unregistered bans' (both keep bans in the same shape). It is a field the versioned
 * writes neither set nor clear. Advancing it and appending the announcements is one
 * conditional update that only matches the checkpoint it was computed from, so of two
 * checks that saw the same checkpoint only one announces.
 */
@Component
public class BanLapseCheckpoints {

	static final String FIELD = "banLapsesCheckedThrough";

	private static final List<String> COLLECTIONS = List.of(AgencyDocument.COLLECTION, UnregisteredBanStore.COLLECTION);

	private final MongoTemplate mongo;

	BanLapseCheckpoints(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Agencies, registered or not, with a ban ended by the day, not yet checked through
	 * it, with their checkpoint.
	 */
	public List<Candidate> dueBy(LocalDate today) {
		Query query = Query.query(new Criteria().andOperator(Criteria.where("bans.until").lte(today), new Criteria()
			.orOperator(Criteria.where(FIELD).exists(false), Criteria.where(FIELD).lt(today.toString()))));
		return COLLECTIONS.stream()
			.flatMap((collection) -> this.mongo.find(query, BansOnly.class, collection)
				.stream()
				.map((found) -> found.toCandidate(collection)))
			.toList();
	}

	/**
	 * Moves the agency's checkpoint from {@code previous} to {@code today} and appends
	 * the events to its outbox.
	 * @return false if another check moved it first; nothing is written then
	 */
	public boolean advance(Candidate candidate, LocalDate today, List<PendingEvent> events) {
		Criteria unchanged = candidate.checkedThrough()
			.map((day) -> Criteria.where(FIELD).is(day.toString()))
			.orElseGet(() -> Criteria.where(FIELD).exists(false));
		Update update = new Update().set(FIELD, today.toString());
		if (!events.isEmpty()) {
			update.push(Outbox.FIELD).each(events.toArray());
		}
		Query query = Query.query(Criteria.where("_id").is(candidate.agencyId()).andOperator(unchanged));
		return this.mongo.updateFirst(query, update, candidate.collection()).getModifiedCount() > 0;
	}

	/**
	 * A banned agency's bans and the day through which its lapsed bans were announced,
	 * from the collection that keeps them.
	 */
	public record Candidate(String collection, String agencyId, List<BanPeriod> bans,
			Optional<LocalDate> checkedThrough) {

		/** The bans lapsed since the checkpoint (every one, if never checked). */
		public List<BanPeriod> liftedThrough(LocalDate today) {
			return BanPeriod.liftedBetween(this.bans, this.checkedThrough.orElse(LocalDate.MIN), today);
		}

	}

	/** What the check reads of either document, checkpoint included, in one read. */
	record BansOnly(@Id String id, List<AgencyDocument.BanDocument> bans, String banLapsesCheckedThrough) {

		Candidate toCandidate(String collection) {
			return new Candidate(collection, this.id,
					Stream.ofNullable(this.bans)
						.flatMap(List::stream)
						.map(AgencyDocument.BanDocument::toPeriod)
						.toList(),
					Optional.ofNullable(this.banLapsesCheckedThrough).map(LocalDate::parse));
		}

	}

}
