package cn.shegong.procurement.award.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.shegong.procurement.award.application.AwardResults;
import cn.shegong.procurement.award.application.AwardResults.AwardResult;

/**
 * Final award results as anyone may read them without signing in (中标结果公告): the winner,
 * its price, and each bidder's total score and rank. No staffing plan, salary or other
 * price is ever shown.
 */
@RestController
@RequestMapping("/api/procurement/public")
class PublicAwardController {

	private final AwardResults results;

	PublicAwardController(AwardResults results) {
		this.results = results;
	}

	@GetMapping("/tenders/{tenderId}/award-result")
	AwardResultView read(@PathVariable String tenderId) {
		return AwardResultView.of(this.results.of(tenderId));
	}

	@GetMapping("/award-results")
	List<AwardResultView> list() {
		return this.results.all().stream().map(AwardResultView::of).toList();
	}

	record AwardResultView(String tenderId, String title, String method, LocalDate awardedOn, String winningAgencyId,
			String winningPriceYuan, List<AwardResults.BidderStanding> bidders) {

		static AwardResultView of(AwardResult result) {
			return new AwardResultView(result.tenderId(), result.title(), result.method(), result.awardedOn(),
					result.winningAgencyId(), result.winningPrice().yuan().toPlainString(), result.bidders());
		}

	}

}
