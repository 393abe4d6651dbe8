package cn.shegong.talent.tier.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import cn.shegong.talent.appraisal.model.AppraisalGrade;
import cn.shegong.talent.tier.model.Tier;

/**
 * A worker's tier and annual appraisals, as the tier review reads them. Every worker
 * starts in tier 1 with no appraisal; {@code version} is empty until first stored.
 */
public record TierRecord(String workerId, Tier tier, List<YearAppraisal> appraisals, Optional<Long> version) {

	public TierRecord {
		appraisals = List.copyOf(appraisals);
	}

	public static TierRecord start(String workerId) {
		return new TierRecord(workerId, Tier.ONE, List.of(), Optional.empty());
	}

	public Optional<YearAppraisal> appraisalOf(int year) {
		return this.appraisals.stream().filter((appraisal) -> appraisal.year() == year).findFirst();
	}

	/** The grade of the latest year appraised, which is what tiers ask about. */
	public Optional<AppraisalGrade> lastGrade() {
		return this.appraisals.stream().max(Comparator.comparingInt(YearAppraisal::year)).map(YearAppraisal::grade);
	}

	TierRecord with(YearAppraisal appraisal) {
		List<YearAppraisal> more = new ArrayList<>(this.appraisals);
		more.add(appraisal);
		return new TierRecord(this.workerId, this.tier, more, this.version);
	}

	TierRecord movedTo(Tier to) {
		return new TierRecord(this.workerId, to, this.appraisals, this.version);
	}

	/** One year's appraisal: the combined score on 100 points and its grade. */
	public record YearAppraisal(int year, String score, AppraisalGrade grade) {

	}

}
