package cn.shegong.evaluation.scheme.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/** Object Mother of indicator schemes and their parts. */
public final class Schemes {

	private Schemes() {
	}

	public static IndicatorScheme townshipStation() {
		return DefaultSchemes.townshipStation();
	}

	/**
	 * Zhanjiang's settings: 70/20/10 and results truncated to 2 decimals, the only common
	 * mode that turns its published example's 94.555 into 94.55 (half-up and half-even
	 * both give 94.56).
	 */
	public static SchemeSettings zhanjiang() {
		return SchemeSettings.defaults().withRounding(new ScoreRounding(2, RoundingMode.DOWN));
	}

	/**
	 * Guangzhou's points model: 700/200/100 of 1000, supervisor instead of service users.
	 */
	public static IndicatorScheme guangzhou() {
		IndicatorGroup tree = IndicatorGroup.of("1", "综合", "100",
				IndicatorGroup.of("1.1", "机构评估", "80",
						leaf("1.1.1", "25", IndicatorNature.QUALITATIVE, ScorerRole.THIRD_PARTY),
						leaf("1.1.2", "55", IndicatorNature.QUANTITATIVE, ScorerRole.THIRD_PARTY)),
				IndicatorGroup.of("1.2", "主管评价", "20",
						leaf("1.2.1", "10", IndicatorNature.QUANTITATIVE, ScorerRole.BUYER),
						leaf("1.2.2", "10", IndicatorNature.QUANTITATIVE, ScorerRole.SUPERVISOR)));
		return draft(SchemeSettings.defaults().withComposite(CompositeWeights.guangzhouPoints()), List.of(tree))
			.publishAs(1);
	}

	public static List<Indicator> smallTree() {
		return List.of(IndicatorGroup.of("1", "综合", "100",
				IndicatorGroup.of("1.1", "第三方", "60",
						leaf("1.1.1", "25", IndicatorNature.QUALITATIVE, ScorerRole.THIRD_PARTY),
						leaf("1.1.2", "35", IndicatorNature.QUANTITATIVE, ScorerRole.THIRD_PARTY)),
				IndicatorGroup.of("1.2", "其他", "40",
						leaf("1.2.1", "20", IndicatorNature.QUANTITATIVE, ScorerRole.BUYER),
						leaf("1.2.2", "20", IndicatorNature.QUANTITATIVE, ScorerRole.SERVICE_USERS))));
	}

	public static SchemeDraft draft(SchemeSettings settings, List<Indicator> roots) {
		return new SchemeDraft("test-scheme", "测试指标体系", settings, roots);
	}

	public static SchemeDraft draft(Indicator... roots) {
		return draft(SchemeSettings.defaults(), List.of(roots));
	}

	public static LeafIndicator leaf(String code, String weight, IndicatorNature nature, ScorerRole scorer) {
		return new LeafIndicator(code, "指标" + code, new BigDecimal(weight), IndicatorType.PROCESS, nature, scorer,
				Optional.empty());
	}

	public static LeafIndicator qualitative(String code, String weight) {
		return leaf(code, weight, IndicatorNature.QUALITATIVE, ScorerRole.THIRD_PARTY);
	}

	public static LeafIndicator quantitative(String code, String weight, ScorerRole scorer) {
		return leaf(code, weight, IndicatorNature.QUANTITATIVE, scorer);
	}

}
