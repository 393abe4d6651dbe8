package cn.shegong.procurement.bidding.persistence;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.shegong.procurement.bidding.model.Bid;
import cn.shegong.procurement.bidding.model.BidStatus;
import cn.shegong.procurement.bidding.model.BidTerms;

/**
 * A bid as stored, with its version for optimistic locking. BidSubmitted is not published
 * yet, so the document carries no outbox.
 */
@Document(BidDocument.COLLECTION)
public class BidDocument {

	public static final String COLLECTION = "bids";

	@Id
	private String id;

	@Version
	private Long version;

	private String tenderId;

	private String agencyId;

	private BidTerms terms;

	private BidStatus status;

	private Instant submittedAt;

	private Instant lastChangedAt;

	BidDocument() {
	}

	static BidDocument of(Bid bid, Long version) {
		BidDocument document = new BidDocument();
		document.id = bid.id();
		document.version = version;
		document.tenderId = bid.tenderId();
		document.agencyId = bid.agencyId();
		document.terms = bid.terms();
		document.status = bid.status();
		document.submittedAt = bid.submittedAt();
		document.lastChangedAt = bid.lastChangedAt();
		return document;
	}

	Bid toBid() {
		return new Bid(this.id, this.tenderId, this.agencyId, this.terms, this.status, this.submittedAt,
				this.lastChangedAt);
	}

	Long getVersion() {
		return this.version;
	}

}
