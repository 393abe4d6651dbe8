package cn.shegong.procurement.registry.persistence;

import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Repository;

import cn.shegong.platform.outbox.PendingEvent;
import cn.shegong.platform.outbox.VersionedWrites;
import cn.shegong.procurement.registry.model.UnregisteredAgencyBans;
import cn.shegong.procurement.registry.persistence.AgencyDocument.BanDocument;

/**
 * Bans of agencies the registry does not know, one document per agency id, carrying its
 * pending {@code AgencyBanned} events like an agency's document does, and its bans in the
 * same shape, so that the ban lapse check reads both alike.
 */
@Repository
public class UnregisteredBanStore {

	static final String COLLECTION = "unregistered_agency_bans";

	private final MongoTemplate mongo;

	UnregisteredBanStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public Optional<Stored> find(String agencyId) {
		return Optional.ofNullable(this.mongo.findById(agencyId, BansDocument.class)).map(BansDocument::toStored);
	}

	/**
	 * Stores the bans with their events: a first ban inserts the document (a concurrent
	 * first insert fails and is retried by the caller's consumer), a later one updates
	 * the version it was read at.
	 */
	public void save(UnregisteredAgencyBans bans, Long readVersion, List<PendingEvent> events) {
		List<BanDocument> periods = BanDocument.allOf(bans.bans());
		if (readVersion == null) {
			this.mongo.insert(new BansDocument(bans.agencyId(), periods, events, null));
			return;
		}
		VersionedWrites.save(this.mongo, new BansDocument(bans.agencyId(), periods, List.of(), readVersion),
				bans.agencyId(), readVersion, events);
	}

	/** The bans and the version they were read at. */
	public record Stored(UnregisteredAgencyBans bans, long version) {
	}

	@Document(COLLECTION)
	record BansDocument(@Id String id, List<BanDocument> bans, List<PendingEvent> outbox, @Version Long version) {

		Stored toStored() {
			return new Stored(
					new UnregisteredAgencyBans(this.id,
							(this.bans != null) ? this.bans.stream().map(BanDocument::toPeriod).toList() : List.of()),
					this.version);
		}

	}

}
