package cn.shegong.procurement.tender.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.shegong.procurement.tender.model.Challenge;
import cn.shegong.procurement.tender.model.ChallengeWindow;
import cn.shegong.procurement.tender.model.Tender;
import cn.shegong.procurement.tender.persistence.TenderStore.Versioned;

/**
 * A tender as the buyer's officers and supervisors see it, with its award notice and
 * challenges once it has them.
 */
public record TenderView(String id, long version, String status, String projectId, String buyerRegion, String method,
		String title, String summary, Instant publishedAt, Instant biddingDeadline, String proposedAgencyId,
		LocalDate awardNoticeOn, LocalDate challengeWindowEndsOn, List<ChallengeView> challenges, LocalDate awardedOn,
		String closingReason) {

	public static TenderView of(Versioned versioned) {
		Tender tender = versioned.tender();
		List<ChallengeView> challenges = tender.challengeWindow()
			.map(ChallengeWindow::challenges)
			.orElse(List.of())
			.stream()
			.map(ChallengeView::of)
			.toList();
		return new TenderView(tender.id(), versioned.version(), tender.status().name(), tender.projectId(),
				tender.buyerRegion(), tender.method().name(), tender.notice().title(), tender.notice().summary(),
				tender.publishedAt().orElse(null), tender.biddingDeadline().orElse(null),
				tender.proposedAgencyId().orElse(null), tender.awardNoticeOn().orElse(null),
				tender.challengeWindow().map(ChallengeWindow::endsOn).orElse(null), challenges,
				tender.awardedOn().orElse(null), tender.closingReason().orElse(null));
	}

	/** A challenge (质疑) with its deadlines and, once given, the buyer's answer. */
	public record ChallengeView(String id, String challengerId, String reason, LocalDate filedOn, LocalDate replyDueOn,
			LocalDate complaintDueOn, LocalDate answeredOn, String reply, boolean answeredLate) {

		static ChallengeView of(Challenge challenge) {
			return new ChallengeView(challenge.id(), challenge.challengerId(), challenge.reason(), challenge.filedOn(),
					challenge.replyDueOn(), challenge.complaintDueOn(), challenge.answeredOn(), challenge.reply(),
					challenge.wasAnsweredLate());
		}

	}

}
