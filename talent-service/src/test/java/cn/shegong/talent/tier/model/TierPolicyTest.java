package cn.shegong.talent.tier.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.shegong.talent.appraisal.model.AppraisalGrade;
import cn.shegong.talent.certificate.model.CertificateLevel;

import static cn.shegong.platform.test.Refusals.refusalOf;
import static cn.shegong.talent.tier.model.Workers.NO_CERTIFICATE;
import static cn.shegong.talent.tier.model.Workers.standing;
import static org.assertj.core.api.Assertions.assertThat;

class TierPolicyTest {

	private final TierPolicy policy = TierPolicy.defaults();

	@Test
	void anAssistantSocialWorkerOfTwoYearsAppraisedPassIsPromotedToTierTwo() {
		TierDecision decision = this.policy.review(Workers.certifiedAssistantOfTwoYearsAppraisedPass());

		assertThat(decision.isPromotion()).isTrue();
		assertThat(decision.to()).isEqualTo(Tier.TWO);
		assertThat(decision.holdbacks()).isEmpty();
	}

	@Test
	void tierPromotionWaitsForTheLastAppraisalGrade() {
		TierDecision decision = this.policy
			.review(standing(Tier.ONE, CertificateLevel.ASSISTANT, 5, AppraisalGrade.FAIL));

		assertThat(decision.to()).isEqualTo(Tier.ONE);
		assertThat(decision.holdbackRules()).containsExactly("last-appraisal-grade-too-low");
		assertThat(decision.holdbacks().get(0).detail()).contains("合格").contains("不合格");
	}

	@Test
	void aWorkerNeverAppraisedIsHeldBackUntilTheFirstAppraisal() {
		TierDecision decision = this.policy.review(standing(Tier.ONE, CertificateLevel.ASSISTANT, 3, null));

		assertThat(decision.holdbackRules()).containsExactly("no-appraisal-yet");
	}

	@Test
	void anUncertifiedWorkerStaysInTierOneWhateverTheYears() {
		TierDecision decision = this.policy.review(standing(Tier.ONE, NO_CERTIFICATE, 10, AppraisalGrade.EXCELLENT));

		assertThat(decision.isPromotion()).isFalse();
		assertThat(decision.holdbackRules()).containsExactly("certificate-level-too-low");
	}

	@Test
	void everyMissingConditionIsNamed() {
		TierDecision decision = this.policy
			.review(standing(Tier.TWO, CertificateLevel.ASSISTANT, 1, AppraisalGrade.PASS));

		assertThat(decision.holdbackRules()).containsExactly("certificate-level-too-low", "too-few-years-of-service",
				"last-appraisal-grade-too-low");
		assertThat(decision.holdbacks().get(1).detail())
			.isEqualTo("tier 3 needs 4 years of service; the worker has 1.");
	}

	@Test
	void aReviewPromotesOneTierAtATimeEvenIfTheWorkerQualifiesForMore() {
		TierDecision decision = this.policy
			.review(standing(Tier.ONE, CertificateLevel.SENIOR, 12, AppraisalGrade.EXCELLENT));

		assertThat(decision.to()).isEqualTo(Tier.TWO);
	}

	@Test
	void aNewlyRecordedWorkerIsPlacedInTheHighestTierTheyQualifyFor() {
		assertThat(this.policy.placementFor(standing(Tier.ONE, CertificateLevel.INTERMEDIATE, 5, AppraisalGrade.GOOD)))
			.isEqualTo(Tier.THREE);
		assertThat(this.policy.placementFor(standing(Tier.ONE, NO_CERTIFICATE, 5, AppraisalGrade.GOOD)))
			.isEqualTo(Tier.ONE);
	}

	@Test
	void aWorkerInTheTopTierStaysThereWithNothingHoldingThemBack() {
		TierDecision decision = this.policy
			.review(standing(Tier.FOUR, CertificateLevel.SENIOR, 20, AppraisalGrade.EXCELLENT));

		assertThat(decision.to()).isEqualTo(Tier.FOUR);
		assertThat(decision.holdbacks()).isEmpty();
	}

	@Test
	void aCityMayAskLessForTierTwo() {
		Map<Tier, TierRequirement> requirements = new EnumMap<>(TierPolicy.defaults().requirements());
		requirements.put(Tier.TWO, new TierRequirement(Optional.empty(), 1, AppraisalGrade.PASS));

		TierDecision decision = new TierPolicy(requirements)
			.review(standing(Tier.ONE, NO_CERTIFICATE, 1, AppraisalGrade.PASS));

		assertThat(decision.to()).isEqualTo(Tier.TWO);
	}

	@Test
	void aHigherTierAskingFewerYearsThanALowerOneIsRefused() {
		Map<Tier, TierRequirement> requirements = new EnumMap<>(TierPolicy.defaults().requirements());
		requirements.put(Tier.FOUR,
				new TierRequirement(Optional.of(CertificateLevel.INTERMEDIATE), 3, AppraisalGrade.EXCELLENT));

		assertThat(refusalOf(() -> new TierPolicy(requirements)).rule()).isEqualTo("tier-requirements-decrease");
	}

}
