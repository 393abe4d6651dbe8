package cn.shegong.evaluation.scheme.model;

import static cn.shegong.evaluation.scheme.model.Schemes.draft;
import static cn.shegong.evaluation.scheme.model.Schemes.qualitative;
import static cn.shegong.evaluation.scheme.model.Schemes.quantitative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.shegong.platform.problem.ProblemException;

class SchemeValidationTest {

	private static IndicatorGroup others() {
		return IndicatorGroup.of("2", "其他", "40", IndicatorGroup.of("2.1", "评价", "40",
				quantitative("2.1.1", "20", ScorerRole.BUYER), quantitative("2.1.2", "20", ScorerRole.SERVICE_USERS)));
	}

	private static IndicatorGroup thirdParty(String weight, Indicator... leaves) {
		return IndicatorGroup.of("1", "第三方", weight, IndicatorGroup.of("1.1", "评估", weight, leaves));
	}

	private static IndicatorGroup validThirdParty() {
		return thirdParty("60", qualitative("1.1.1", "25"), quantitative("1.1.2", "35", ScorerRole.THIRD_PARTY));
	}

	private static String ruleOf(SchemeDraft draft) {
		Throwable thrown = catchThrowable(() -> draft.publishAs(1));
		assertThat(thrown).isInstanceOf(ProblemException.class);
		return ((ProblemException) thrown).rule();
	}

	@Test
	void aTreeWhoseWeightsAddUpAndSplit25To75IsPublished() {
		IndicatorScheme scheme = draft(validThirdParty(), others()).publishAs(1);

		assertThat(scheme.leaves()).extracting(LeafIndicator::code).containsExactly("1.1.1", "1.1.2", "2.1.1", "2.1.2");
	}

	@Test
	void topLevelWeightsSummingTo99AreRefused() {
		SchemeDraft draft = draft(
				thirdParty("59", qualitative("1.1.1", "25"), quantitative("1.1.2", "34", ScorerRole.THIRD_PARTY)),
				others());

		assertThatThrownBy(() -> draft.publishAs(1)).isInstanceOf(ProblemException.class)
			.hasMessageContaining("sum to 99")
			.hasMessageContaining("must sum to 100")
			.extracting("rule")
			.isEqualTo("indicator-weights-do-not-sum");
	}

	@Test
	void childWeightsSummingToLessThanTheirParentAreRefused() {
		IndicatorGroup group = IndicatorGroup.of("1", "第三方", "60", IndicatorGroup.of("1.1", "评估", "60",
				qualitative("1.1.1", "25"), quantitative("1.1.2", "34", ScorerRole.THIRD_PARTY)));

		assertThatThrownBy(() -> draft(group, others()).publishAs(1)).hasMessageContaining("indicator 1.1 sum to 59")
			.extracting("rule")
			.isEqualTo("indicator-weights-do-not-sum");
	}

	@Test
	void topLevelWeightsSummingToThePointsTotalArePublished() {
		SchemeSettings points = new SchemeSettings(BigDecimal.valueOf(1000), 3, QualitativeSplit.defaults(),
				ScoreRounding.defaults(), GradeBands.defaults(), CompositeWeights.defaults(), SpreadLimit.defaults(),
				true);
		IndicatorGroup thirdParty = thirdParty("600", qualitative("1.1.1", "250"),
				quantitative("1.1.2", "350", ScorerRole.THIRD_PARTY));
		IndicatorGroup others = IndicatorGroup.of("2", "其他", "400",
				IndicatorGroup.of("2.1", "评价", "400", quantitative("2.1.1", "200", ScorerRole.BUYER),
						quantitative("2.1.2", "200", ScorerRole.SERVICE_USERS)));

		assertThat(draft(points, List.of(thirdParty, others)).publishAs(1).leaves()).hasSize(4);
	}

	@Test
	void aFourthLevelIsRefused() {
		IndicatorGroup tooDeep = IndicatorGroup.of("1", "第三方", "60",
				IndicatorGroup.of("1.1", "评估", "60", qualitative("1.1.1", "25"),
						IndicatorGroup.of("1.1.2", "再分", "35", quantitative("1.1.2.1", "35", ScorerRole.THIRD_PARTY))));

		assertThat(ruleOf(draft(tooDeep, others()))).isEqualTo("indicator-tree-too-deep");
	}

	@Test
	void aLeafAboveTheBottomLevelIsRefused() {
		IndicatorGroup shallow = IndicatorGroup.of("1", "第三方", "60", qualitative("1.1", "25"),
				IndicatorGroup.of("1.2", "评估", "35", quantitative("1.2.1", "35", ScorerRole.THIRD_PARTY)));

		assertThatThrownBy(() -> draft(shallow, others()).publishAs(1)).hasMessageContaining("level 2")
			.extracting("rule")
			.isEqualTo("leaf-above-bottom-level");
	}

	@Test
	void aTwoLevelSchemeTakesItsLeavesAtLevelTwo() {
		SchemeSettings twoLevels = new SchemeSettings(BigDecimal.valueOf(100), 2, QualitativeSplit.defaults(),
				ScoreRounding.defaults(), GradeBands.defaults(), CompositeWeights.defaults(), SpreadLimit.defaults(),
				true);
		IndicatorGroup flat = IndicatorGroup.of("1", "全部", "100", qualitative("1.1", "25"),
				quantitative("1.2", "35", ScorerRole.THIRD_PARTY), quantitative("1.3", "20", ScorerRole.BUYER),
				quantitative("1.4", "20", ScorerRole.SERVICE_USERS));

		assertThat(draft(twoLevels, List.of(flat)).publishAs(1).leaves()).hasSize(4);
	}

	@Test
	void aGroupWithAWeightButNoIndicatorsUnderItIsRefused() {
		IndicatorGroup others = IndicatorGroup.of("2", "其他", "40", IndicatorGroup.of("2.1", "评价", "35",
				quantitative("2.1.1", "15", ScorerRole.BUYER), quantitative("2.1.2", "20", ScorerRole.SERVICE_USERS)),
				IndicatorGroup.of("2.2", "空", "5"));

		assertThat(ruleOf(draft(validThirdParty(), others))).isEqualTo("indicator-group-empty");
	}

	@Test
	void aCodeUsedTwiceIsRefused() {
		SchemeDraft draft = draft(
				thirdParty("60", qualitative("1.1.1", "25"), quantitative("2.1.1", "35", ScorerRole.THIRD_PARTY)),
				others());

		assertThatThrownBy(() -> draft.publishAs(1)).hasMessageContaining("2.1.1")
			.extracting("rule")
			.isEqualTo("indicator-code-duplicate");
	}

	@Test
	void aLeafOfZeroWeightIsRefused() {
		SchemeDraft draft = draft(
				thirdParty("60", qualitative("1.1.1", "25"), quantitative("1.1.2", "35", ScorerRole.THIRD_PARTY),
						quantitative("1.1.3", "0", ScorerRole.THIRD_PARTY)),
				others());

		assertThat(ruleOf(draft)).isEqualTo("indicator-weight-not-positive");
	}

	@Test
	void aQualitativeShareOf26PercentIsRefusedUnderTheExactDefault() {
		SchemeDraft draft = draft(
				thirdParty("60", qualitative("1.1.1", "26"), quantitative("1.1.2", "34", ScorerRole.THIRD_PARTY)),
				others());

		assertThatThrownBy(() -> draft.publishAs(1)).hasMessageContaining("weigh 26 of 100 (2600 basis points)")
			.hasMessageContaining("wants 2500 ± 0")
			.extracting("rule")
			.isEqualTo("qualitative-split-mismatch");
	}

	@Test
	void aQualitativeShareWithinTheToleranceIsPublishedAndOneBeyondIsRefused() {
		SchemeSettings tolerant = SchemeSettings.defaults().withSplit(new QualitativeSplit(2_500, 100));
		List<Indicator> at26 = List.of(
				thirdParty("60", qualitative("1.1.1", "26"), quantitative("1.1.2", "34", ScorerRole.THIRD_PARTY)),
				others());
		List<Indicator> at24 = List.of(
				thirdParty("60", qualitative("1.1.1", "24"), quantitative("1.1.2", "36", ScorerRole.THIRD_PARTY)),
				others());
		List<Indicator> at2601 = List.of(
				thirdParty("60", qualitative("1.1.1", "26.01"), quantitative("1.1.2", "33.99", ScorerRole.THIRD_PARTY)),
				others());

		assertThat(draft(tolerant, at26).publishAs(1)).isNotNull();
		assertThat(draft(tolerant, at24).publishAs(1)).isNotNull();
		assertThat(ruleOf(draft(tolerant, at2601))).isEqualTo("qualitative-split-mismatch");
	}

	@Test
	void aLeafScoredByARoleWithoutACompositeWeightIsRefused() {
		SchemeDraft draft = draft(thirdParty("60", qualitative("1.1.1", "25"),
				quantitative("1.1.2", "30", ScorerRole.THIRD_PARTY), quantitative("1.1.3", "5", ScorerRole.SUPERVISOR)),
				others());

		assertThat(ruleOf(draft)).isEqualTo("leaf-scorer-not-in-composite");
	}

	@Test
	void aCompositeRoleThatScoresNoLeafIsRefused() {
		IndicatorGroup noServiceUsers = IndicatorGroup.of("2", "其他", "40",
				IndicatorGroup.of("2.1", "评价", "40", quantitative("2.1.1", "40", ScorerRole.BUYER)));

		assertThat(ruleOf(draft(validThirdParty(), noServiceUsers))).isEqualTo("composite-role-without-indicators");
	}

	@Test
	void versionZeroIsRefused() {
		assertThatThrownBy(() -> draft(validThirdParty(), others()).publishAs(0)).extracting("rule")
			.isEqualTo("scheme-version-not-positive");
	}

}
