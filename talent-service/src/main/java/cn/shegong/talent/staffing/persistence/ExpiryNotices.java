package cn.shegong.talent.staffing.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import cn.shegong.platform.outbox.Outbox;
import cn.shegong.platform.outbox.PendingEvent;

/**
 * Expiry notices sent, one document per registration and days ahead, carrying its event
 * as outbox. The id is the key, so a notice checks in once however many checks race.
 */
@Repository
public class ExpiryNotices {

	private final MongoTemplate mongo;

	private final Outbox outbox;

	ExpiryNotices(MongoTemplate mongo, Outbox outbox) {
		this.mongo = mongo;
		this.outbox = outbox;
	}

	/** Days ahead of the notices already sent for this registration. */
	public Set<Integer> sentFor(String certificateId, LocalDate registeredFrom) {
		Query query = Query
			.query(Criteria.where("certificateId").is(certificateId).and("registeredFrom").is(registeredFrom));
		return this.mongo.find(query, NoticeDocument.class)
			.stream()
			.map(NoticeDocument::daysAhead)
			.collect(Collectors.toSet());
	}

	/**
	 * @return whether this call recorded the notice (and so will publish it)
	 */
	public boolean record(String certificateId, LocalDate registeredFrom, int daysAhead, LocalDate sentOn,
			PendingEvent event) {
		try {
			this.mongo.insert(new NoticeDocument(certificateId + "/" + registeredFrom + "/" + daysAhead, certificateId,
					registeredFrom, daysAhead, sentOn, List.of(event)));
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
		this.outbox.written();
		return true;
	}

	@Document(NoticeDocument.COLLECTION)
	record NoticeDocument(@Id String id, String certificateId, LocalDate registeredFrom, int daysAhead,
			LocalDate sentOn, List<PendingEvent> outbox) {

		static final String COLLECTION = "certificate_expiry_notices";

	}

}
