package cn.shegong.evaluation.evaluation.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.shegong.evaluation.scheme.model.Indicator;
import cn.shegong.evaluation.scheme.model.IndicatorGroup;
import cn.shegong.evaluation.scheme.model.IndicatorScheme;
import cn.shegong.evaluation.scheme.model.LeafIndicator;
import cn.shegong.evaluation.scheme.model.ScorerRole;
import cn.shegong.evaluation.scoring.model.CompositeResult;
import cn.shegong.evaluation.scoring.model.CompositeScoring;
import cn.shegong.evaluation.scoring.model.FinanceCheck;

/**
 * The consolidation of an evaluation: the automatic indicators as filled then, and each
 * role's consolidated leaves and total. Fixed once taken, so later figures do not move a
 * grade that is being heard.
 */
public record ScoringOutcome(List<AutomaticIndicator> automatic, List<RoleResult> roles) {

	public ScoringOutcome {
		automatic = List.copyOf(automatic);
		roles = List.copyOf(roles);
	}

	/** The composite and its grade, with the finance check the scheme may veto on. */
	public CompositeResult composite(IndicatorScheme scheme, FinanceCheck financeCheck) {
		Map<ScorerRole, BigDecimal> totals = new EnumMap<>(ScorerRole.class);
		this.roles.forEach((role) -> totals.put(role.role(), role.total()));
		return CompositeScoring.score(scheme.settings(), totals, financeCheck);
	}

	/** Each level-1 dimension's score, in scheme order. */
	public List<DimensionScore> dimensions(IndicatorScheme scheme) {
		Map<String, BigDecimal> leafScores = new HashMap<>();
		this.roles.forEach((role) -> leafScores.putAll(role.leafScores()));
		List<DimensionScore> dimensions = new ArrayList<>();
		for (Indicator root : scheme.roots()) {
			if (root instanceof IndicatorGroup group) {
				dimensions.add(new DimensionScore(group.code(), group.name(), sum(group, leafScores), group.weight()));
			}
			else {
				LeafIndicator leaf = (LeafIndicator) root;
				dimensions.add(new DimensionScore(leaf.code(), leaf.name(),
						leafScores.getOrDefault(leaf.code(), BigDecimal.ZERO), leaf.max()));
			}
		}
		return List.copyOf(dimensions);
	}

	private static BigDecimal sum(Indicator indicator, Map<String, BigDecimal> leafScores) {
		if (indicator instanceof IndicatorGroup group) {
			return group.children()
				.stream()
				.map((child) -> sum(child, leafScores))
				.reduce(BigDecimal.ZERO, BigDecimal::add);
		}
		return leafScores.getOrDefault(((LeafIndicator) indicator).code(), BigDecimal.ZERO);
	}

}
