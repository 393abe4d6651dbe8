package cn.shegong.procurement.tender.web;

import java.time.Instant;

import cn.shegong.procurement.tender.model.Tender;
import cn.shegong.procurement.tender.persistence.TenderStore.Versioned;

/** A tender as the buyer's officers and supervisors see it. */
record TenderView(String id, long version, String status, String projectId, String buyerRegion, String method,
		String title, String summary, Instant publishedAt, Instant biddingDeadline, String closingReason) {

	static TenderView of(Versioned versioned) {
		Tender tender = versioned.tender();
		return new TenderView(tender.id(), versioned.version(), tender.status().name(), tender.projectId(),
				tender.buyerRegion(), tender.method().name(), tender.notice().title(), tender.notice().summary(),
				tender.publishedAt().orElse(null), tender.biddingDeadline().orElse(null),
				tender.closingReason().orElse(null));
	}

}
