package cn.shegong.procurement.tender.web;

import java.time.Instant;

import cn.shegong.procurement.tender.model.Tender;

/** What the public notice discloses of a tender; nothing internal. */
record PublicTenderView(String id, String title, String summary, String method, Instant publishedAt,
		Instant biddingDeadline, String status) {

	static PublicTenderView of(Tender tender) {
		return new PublicTenderView(tender.id(), tender.notice().title(), tender.notice().summary(),
				tender.method().name(), tender.publishedAt().orElse(null), tender.biddingDeadline().orElse(null),
				tender.status().name());
	}

}
