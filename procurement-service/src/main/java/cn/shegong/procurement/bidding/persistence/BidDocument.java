package cn.shegong.procurement.bidding.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.shegong.platform.outbox.PendingEvent;

import cn.shegong.procurement.bidding.model.Bid;
import cn.shegong.procurement.bidding.model.BidStatus;
import cn.shegong.procurement.bidding.model.BidTerms;

/**
 * A bid as stored, with its version for optimistic locking and the events its last change
 * caused, written together in one document so none can be lost.
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

	private List<PendingEvent> outbox = new ArrayList<>();

	BidDocument() {
	}

	static BidDocument of(Bid bid, Long version, List<PendingEvent> outbox) {
		BidDocument document = new BidDocument();
		document.id = bid.id();
		document.version = version;
		document.tenderId = bid.tenderId();
		document.agencyId = bid.agencyId();
		document.terms = bid.terms();
		document.status = bid.status();
		document.submittedAt = bid.submittedAt();
		document.lastChangedAt = bid.lastChangedAt();
		document.outbox = new ArrayList<>(outbox);
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
