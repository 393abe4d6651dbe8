package cn.shegong.evaluation.scoring.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.shegong.evaluation.scheme.model.IndicatorScheme;
import cn.shegong.evaluation.scheme.model.LeafIndicator;
import cn.shegong.evaluation.scheme.model.ScorerRole;
import cn.shegong.platform.problem.ProblemException;

/**
 * Merges the sheets several evaluators gave one role (DOMAIN.md §6): each leaf's mean at
 * the scheme's scale, and a flag where the sheets' spread (highest − lowest) exceeds the
 * scheme's limit. Every sheet is checked in full before any is merged.
 */
public final class Consolidation {

	private Consolidation() {
	}

	public static ConsolidatedSheets of(IndicatorScheme scheme, List<LeafScores> sheets) {
		if (sheets.isEmpty()) {
			throw ProblemException.ruleViolated("no-sheets-to-consolidate", "There are no sheets to consolidate.");
		}
		ScorerRole role = sheets.get(0).role();
		for (LeafScores sheet : sheets) {
			if (sheet.role() != role) {
				throw ProblemException.ruleViolated("sheets-of-different-roles",
						"Sheets of " + role + " and " + sheet.role() + " cannot be consolidated together.", role,
						sheet.role());
			}
			SheetScoring.score(scheme, sheet);
		}
		Map<String, BigDecimal> means = new LinkedHashMap<>();
		List<SpreadFlag> flags = new ArrayList<>();
		for (LeafIndicator leaf : scheme.leavesScoredBy(role)) {
			List<BigDecimal> given = sheets.stream().map(sheet -> sheet.of(leaf.code())).toList();
			BigDecimal sum = given.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
			means.put(leaf.code(), scheme.settings().rounding().divide(sum, BigDecimal.valueOf(given.size())));
			SpreadFlag flag = new SpreadFlag(leaf.code(), min(given), max(given), leaf.max());
			if (scheme.settings().spreadLimit().isExceededBy(flag.spread(), leaf.max())) {
				flags.add(flag);
			}
		}
		LeafScores meanSheet = new LeafScores(role, means);
		return new ConsolidatedSheets(sheets.size(), meanSheet, SheetScoring.score(scheme, meanSheet), flags);
	}

	private static BigDecimal min(List<BigDecimal> values) {
		return values.stream().reduce(BigDecimal::min).orElseThrow();
	}

	private static BigDecimal max(List<BigDecimal> values) {
		return values.stream().reduce(BigDecimal::max).orElseThrow();
	}

}
