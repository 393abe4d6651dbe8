package cn.shegong.talent.tier.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

import cn.shegong.talent.appraisal.model.AppraisalGrade;
import cn.shegong.talent.appraisal.model.AppraisalPolicy;
import cn.shegong.talent.appraisal.model.AppraisalScore;
import cn.shegong.talent.appraisal.model.AppraisalSource;
import cn.shegong.talent.appraisal.model.AppraisalWeights;
import cn.shegong.talent.appraisal.model.GradeBands;
import cn.shegong.talent.certificate.model.CertificateLevel;
import cn.shegong.talent.supervision.model.RankRequirement;
import cn.shegong.talent.supervision.model.SupervisorRankRules;
import cn.shegong.talent.tier.model.AllowanceSchedule;
import cn.shegong.talent.tier.model.Money;
import cn.shegong.talent.tier.model.SupervisorRank;
import cn.shegong.talent.tier.model.Tier;
import cn.shegong.talent.tier.model.TierPolicy;
import cn.shegong.talent.tier.model.TierRequirement;

/**
 * A city's own tier table, allowances and appraisal weights, under
 * {@code shegong.talent.rules} (see application.yml). Whatever it leaves out keeps the
 * default the domain model states with its source, so each default lives in one place.
 *
 * @param monthlyAllowanceYuan per tier, e.g. {@code {ONE: "300.00"}}
 * @param tierRequirements per tier above ONE; a tier named replaces that tier's
 * requirement as a whole
 * @param appraisalWeightsBp per rater, basis points summing to 10000 when given
 * @param gradeBands the least score of 优秀, 良好 and 合格
 * @param supervisorRanks per supervisor rank; a condition named replaces that one
 * condition of the rank's default requirement
 */
@ConfigurationProperties("shegong.talent.rules")
public record TalentRulesProperties(Map<Tier, String> monthlyAllowanceYuan,
		Map<Tier, TierRequirementProperties> tierRequirements, Map<AppraisalSource, Integer> appraisalWeightsBp,
		GradeBandProperties gradeBands, Map<SupervisorRank, SupervisorRankProperties> supervisorRanks) {

	TierPolicy tierPolicy() {
		TierPolicy defaults = TierPolicy.defaults();
		if (this.tierRequirements == null || this.tierRequirements.isEmpty()) {
			return defaults;
		}
		Map<Tier, TierRequirement> requirements = new EnumMap<>(defaults.requirements());
		this.tierRequirements.forEach((tier, given) -> requirements.put(tier, given.toRequirement()));
		return new TierPolicy(requirements);
	}

	AllowanceSchedule allowanceSchedule() {
		AllowanceSchedule defaults = AllowanceSchedule.defaults();
		if (this.monthlyAllowanceYuan == null || this.monthlyAllowanceYuan.isEmpty()) {
			return defaults;
		}
		Map<Tier, Money> monthly = new EnumMap<>(defaults.monthly());
		// Yuan text with at most two decimals; more would not be a sum of money.
		this.monthlyAllowanceYuan.forEach((tier, yuan) -> monthly.put(tier, Money
			.ofFen(new BigDecimal(yuan).setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact())));
		return new AllowanceSchedule(monthly);
	}

	AppraisalPolicy appraisalPolicy() {
		AppraisalPolicy defaults = AppraisalPolicy.defaults();
		AppraisalWeights weights = (this.appraisalWeightsBp != null && !this.appraisalWeightsBp.isEmpty())
				? new AppraisalWeights(this.appraisalWeightsBp) : defaults.weights();
		GradeBands bands = (this.gradeBands != null) ? this.gradeBands.over(defaults.bands()) : defaults.bands();
		return new AppraisalPolicy(weights, bands);
	}

	SupervisorRankRules supervisorRankRules() {
		SupervisorRankRules defaults = SupervisorRankRules.defaults();
		if (this.supervisorRanks == null || this.supervisorRanks.isEmpty()) {
			return defaults;
		}
		Map<SupervisorRank, RankRequirement> requirements = new EnumMap<>(defaults.requirements());
		this.supervisorRanks.forEach((rank, given) -> requirements.put(rank, given.over(defaults.requirementOf(rank))));
		return new SupervisorRankRules(requirements);
	}

	/**
	 * @param minimumLevel absent for a tier open to uncertified workers
	 */
	public record TierRequirementProperties(CertificateLevel minimumLevel, int minimumYearsOfService,
			AppraisalGrade minimumLastGrade) {

		TierRequirement toRequirement() {
			if (this.minimumLastGrade == null) {
				throw new IllegalArgumentException("a configured tier requirement names its minimum last grade");
			}
			return new TierRequirement(Optional.ofNullable(this.minimumLevel), this.minimumYearsOfService,
					this.minimumLastGrade);
		}

	}

	public record GradeBandProperties(String excellentFrom, String goodFrom, String passFrom) {

		GradeBands over(GradeBands defaults) {
			return new GradeBands(score(this.excellentFrom, defaults.excellentFrom()),
					score(this.goodFrom, defaults.goodFrom()), score(this.passFrom, defaults.passFrom()));
		}

		private static AppraisalScore score(String given, AppraisalScore fallback) {
			return (given != null) ? AppraisalScore.of(given) : fallback;
		}

	}

	/**
	 * One rank's conditions; each left out keeps the default's.
	 *
	 * @param minimumTimeInPreviousRank e.g. {@code P1Y} or {@code P18M}
	 */
	public record SupervisorRankProperties(CertificateLevel minimumLevel, Integer minimumYearsOfService,
			Period minimumTimeInPreviousRank) {

		RankRequirement over(RankRequirement defaults) {
			return new RankRequirement(Optional.ofNullable(this.minimumLevel).orElse(defaults.minimumLevel()),
					Optional.ofNullable(this.minimumYearsOfService).orElse(defaults.minimumYearsOfService()),
					Optional.ofNullable(this.minimumTimeInPreviousRank).orElse(defaults.minimumTimeInPreviousRank()));
		}

	}

}
