package cn.shegong.talent.tier.web;

import java.util.List;

import cn.shegong.talent.appraisal.model.AppraisalGrade;
import cn.shegong.talent.tier.application.TierRecord.YearAppraisal;
import cn.shegong.talent.tier.model.Holdback;
import cn.shegong.talent.tier.model.TierDecision;

/** What the tier endpoints answer. */
final class TierResponses {

	private TierResponses() {
	}

	record Appraisal(String workerId, int year, String score, AppraisalGrade grade, String gradeLabel) {

		static Appraisal of(String workerId, YearAppraisal appraisal) {
			return new Appraisal(workerId, appraisal.year(), appraisal.score(), appraisal.grade(),
					appraisal.grade().label());
		}

	}

	/**
	 * Tiers as numbers 1 to 4; holdbacks say what keeps the worker from the next tier.
	 */
	record Review(String workerId, int fromTier, int toTier, boolean promoted, List<HoldbackView> holdbacks) {

		static Review of(TierDecision decision) {
			return new Review(decision.workerId(), decision.from().number(), decision.to().number(),
					decision.isPromotion(), decision.holdbacks().stream().map(HoldbackView::of).toList());
		}

	}

	record HoldbackView(String rule, String detail) {

		static HoldbackView of(Holdback holdback) {
			return new HoldbackView(holdback.rule(), holdback.detail());
		}

	}

}
