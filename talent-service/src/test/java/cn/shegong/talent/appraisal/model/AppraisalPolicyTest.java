package cn.shegong.talent.appraisal.model;

import org.junit.jupiter.api.Test;

import static cn.shegong.platform.test.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

class AppraisalPolicyTest {

	private final AppraisalPolicy policy = AppraisalPolicy.defaults();

	@Test
	void theDefaultWeightsCombineSelfClientsPeersAndSupervisorTenThirtyTwentyForty() {
		AppraisalResult result = this.policy.appraise(inputs("100", "90", "80", "70"));

		// 0.1 × 100 + 0.3 × 90 + 0.2 × 80 + 0.4 × 70 = 10 + 27 + 16 + 28 = 81
		assertThat(result.score()).isEqualTo(AppraisalScore.of("81.00"));
		assertThat(result.grade()).isEqualTo(AppraisalGrade.GOOD);
	}

	@Test
	void theCombinedScoreIsRoundedHalfUpToTwoDecimalsOnce() {
		AppraisalResult result = this.policy.appraise(inputs("88.85", "88.85", "88.85", "88.86"));

		// 88.85 × 0.6 + 88.86 × 0.4 = 53.31 + 35.544 = 88.854 → 88.85
		assertThat(result.score()).isEqualTo(AppraisalScore.of("88.85"));
	}

	@Test
	void aMissingSupervisorScoreIsRefusedByRule() {
		AppraisalInputs withoutSupervisor = AppraisalInputs.none()
			.with(AppraisalSource.SELF, "90")
			.with(AppraisalSource.CLIENTS, "90")
			.with(AppraisalSource.PEERS, "90");

		assertThat(refusalOf(() -> this.policy.appraise(withoutSupervisor)).rule())
			.isEqualTo("appraisal-input-missing");
	}

	@Test
	void aRaterWeightedZeroNeedNotBeCollected() {
		AppraisalPolicy noSelfAssessment = new AppraisalPolicy(AppraisalWeights.of(0, 4_000, 2_000, 4_000),
				GradeBands.defaults());
		AppraisalInputs withoutSelf = AppraisalInputs.none()
			.with(AppraisalSource.CLIENTS, "95")
			.with(AppraisalSource.PEERS, "85")
			.with(AppraisalSource.SUPERVISOR, "90");

		assertThat(noSelfAssessment.appraise(withoutSelf).score()).isEqualTo(AppraisalScore.of("91.00"));
	}

	@Test
	void weightsThatDoNotSumToOneHundredPercentAreRefused() {
		assertThat(refusalOf(() -> AppraisalWeights.of(1_000, 3_000, 2_000, 3_000)).rule())
			.isEqualTo("appraisal-weights-do-not-sum-to-100");
	}

	@Test
	void aNegativeWeightIsRefusedEvenIfTheSumIsRight() {
		assertThat(refusalOf(() -> AppraisalWeights.of(-1_000, 5_000, 2_000, 4_000)).rule())
			.isEqualTo("appraisal-weight-missing-or-negative");
	}

	@Test
	void aScoreAboveOneHundredIsRefused() {
		assertThat(refusalOf(() -> AppraisalScore.of("100.01")).rule()).isEqualTo("appraisal-score-out-of-range");
	}

	@Test
	void aScoreWithThreeDecimalsIsRefusedRatherThanRounded() {
		assertThat(refusalOf(() -> AppraisalScore.of("87.125")).rule()).isEqualTo("appraisal-score-too-precise");
	}

	@Test
	void trailingZerosBeyondTwoDecimalsAreNotExtraPrecision() {
		assertThat(AppraisalScore.of("87.500")).isEqualTo(AppraisalScore.of("87.5"));
	}

	private static AppraisalInputs inputs(String self, String clients, String peers, String supervisor) {
		return AppraisalInputs.none()
			.with(AppraisalSource.SELF, self)
			.with(AppraisalSource.CLIENTS, clients)
			.with(AppraisalSource.PEERS, peers)
			.with(AppraisalSource.SUPERVISOR, supervisor);
	}

}
