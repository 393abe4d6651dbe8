package cn.shegong.procurement.bidding.web;

import java.time.Instant;
import java.util.List;

import cn.shegong.procurement.bidding.model.Bid;
import cn.shegong.procurement.bidding.persistence.BidStore.Versioned;
import cn.shegong.procurement.staffing.model.PlannedPosition;

/** A bid as its agency and the buyer's officers see it. */
record BidView(String id, long version, String tenderId, String agencyId, String status, String priceYuan,
		String proposalSummary, List<PositionView> staffingPlan, Instant submittedAt, Instant lastChangedAt) {

	static BidView of(Versioned versioned) {
		Bid bid = versioned.bid();
		return new BidView(bid.id(), versioned.version(), bid.tenderId(), bid.agencyId(), bid.status().name(),
				bid.price().yuan().toPlainString(), bid.terms().proposalSummary(),
				bid.terms().staffingPlan().positions().stream().map(PositionView::of).toList(), bid.submittedAt(),
				bid.lastChangedAt());
	}

	record PositionView(String role, String name, boolean certified, int fteBasisPoints, String monthlySalaryYuan) {

		static PositionView of(PlannedPosition position) {
			return new PositionView(position.role().name(), position.name(), position.certified(),
					position.fteBasisPoints(), position.monthlySalary().yuan().toPlainString());
		}

	}

}
