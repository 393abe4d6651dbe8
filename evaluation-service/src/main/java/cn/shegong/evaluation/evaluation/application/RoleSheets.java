package cn.shegong.evaluation.evaluation.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.shegong.evaluation.evaluation.model.ScoreSheet;
import cn.shegong.evaluation.scheme.model.DataSource;
import cn.shegong.evaluation.scheme.model.IndicatorScheme;
import cn.shegong.evaluation.scheme.model.LeafIndicator;
import cn.shegong.evaluation.scheme.model.ScorerRole;
import cn.shegong.evaluation.scoring.model.ConsolidatedSheets;
import cn.shegong.evaluation.scoring.model.Consolidation;
import cn.shegong.evaluation.scoring.model.LeafScores;
import cn.shegong.evaluation.scoring.model.SheetScoring;
import cn.shegong.platform.problem.ProblemException;

/**
 * How hand-given sheets and figures make up a role's scores. A sheet scores its role's
 * leaves that no figure fills: the judged ones, and an automatic one whose figure has not
 * arrived (a third party or buyer judges it by hand then). A leaf a figure fills is never
 * scored by hand; when a figure arrives after a sheet scored its leaf by hand, the figure
 * wins at consolidation. Service users score nothing by hand, so their leaves need their
 * figures. A data-quality leaf is never scored by hand either: its figure comes from the
 * evaluation's own callbacks (回访), and a hand score would let the anti-fraud check be
 * skipped, so consolidation waits for an answered callback.
 */
public final class RoleSheets {

	private RoleSheets() {
	}

	/**
	 * Checks a sheet for a role against the scheme with the figures there are now:
	 * complete, in range, and leaving the filled leaves alone.
	 */
	public static void check(IndicatorScheme scheme, ScorerRole role, ScoreSheet sheet,
			List<AutomaticIndicator> filled) {
		Set<String> filledCodes = codes(filled, role);
		Set<String> fromCallbacks = filledByCallbacks(scheme, role);
		for (String code : sheet.scores().keySet()) {
			if (filledCodes.contains(code)) {
				throw ProblemException.ruleViolated("leaf-filled-from-figure",
						"Leaf " + code + " is filled from the latest figure; a sheet does not score it.", code);
			}
			if (fromCallbacks.contains(code)) {
				throw ProblemException.ruleViolated("leaf-filled-from-callbacks", "Leaf " + code
						+ " is filled from the evaluation's callbacks; record their outcomes instead of scoring it.",
						code);
			}
		}
		LeafScores full = fullSheet(role, sheet, filled);
		Map<String, BigDecimal> checked = new LinkedHashMap<>(full.scores());
		// an unanswered callback leaf is checked as if it scored nothing: it is not the
		// sheet's to score
		fromCallbacks.forEach((code) -> checked.putIfAbsent(code, BigDecimal.ZERO));
		SheetScoring.score(scheme, new LeafScores(role, checked));
	}

	/** Consolidates every role the composite weighs. */
	public static ScoringOutcome consolidate(IndicatorScheme scheme, List<ScoreSheet> thirdPartySheets,
			ScoreSheet buyerSheet, List<AutomaticIndicator> filled) {
		List<RoleResult> roles = new ArrayList<>();
		for (ScorerRole role : scheme.settings().composite().weights().keySet()) {
			List<ScoreSheet> sheets = switch (role) {
				case THIRD_PARTY -> thirdPartySheets;
				case BUYER -> (buyerSheet != null) ? List.of(buyerSheet) : List.of();
				default -> List.of();
			};
			roles.add(consolidate(scheme, role, sheets, filled));
		}
		return new ScoringOutcome(filled, roles);
	}

	private static RoleResult consolidate(IndicatorScheme scheme, ScorerRole role, List<ScoreSheet> sheets,
			List<AutomaticIndicator> filled) {
		Set<String> filledCodes = codes(filled, role);
		List<String> unanswered = filledByCallbacks(scheme, role).stream()
			.filter((code) -> !filledCodes.contains(code))
			.sorted()
			.toList();
		if (!unanswered.isEmpty()) {
			throw ProblemException.ruleViolated("callbacks-not-answered", "Leaves " + unanswered
					+ " are filled from callbacks (回访) and no sampled beneficiary has confirmed or contradicted "
					+ "a record yet; draw the callback sample and record the outcomes first.", unanswered);
		}
		List<String> byHand = handScored(scheme, role, filled);
		if (sheets.isEmpty() && !byHand.isEmpty()) {
			if (role == ScorerRole.SERVICE_USERS) {
				throw ProblemException.ruleViolated("service-users-figure-missing",
						"Service users' leaves " + byHand + " have no figure yet; they are filled from residents' "
								+ "feedback and nobody scores them by hand.",
						byHand);
			}
			throw ProblemException.ruleViolated("role-sheet-missing",
					"Nobody has scored the leaves " + byHand + " of " + role + " yet.", role, byHand);
		}
		List<LeafScores> full = sheets.isEmpty() ? List.of(new LeafScores(role, filledScores(filled, role)))
				: sheets.stream().map((sheet) -> fullSheet(role, sheet, filled)).toList();
		ConsolidatedSheets merged = Consolidation.of(scheme, full);
		return new RoleResult(role, sheets.size(), merged.means().scores(), merged.totals().roleTotal(),
				merged.flags());
	}

	/** The role's leaves a sheet has to score, in tree order. */
	public static List<String> handScored(IndicatorScheme scheme, ScorerRole role, List<AutomaticIndicator> filled) {
		Set<String> filledCodes = codes(filled, role);
		Set<String> fromCallbacks = filledByCallbacks(scheme, role);
		return scheme.leavesScoredBy(role)
			.stream()
			.map(LeafIndicator::code)
			.filter((code) -> !filledCodes.contains(code) && !fromCallbacks.contains(code))
			.toList();
	}

	/** The role's leaves only the evaluation's callbacks fill, answered or not. */
	private static Set<String> filledByCallbacks(IndicatorScheme scheme, ScorerRole role) {
		return scheme.leavesScoredBy(role)
			.stream()
			.filter((leaf) -> leaf.automatic().filter((a) -> a.source() == DataSource.DATA_QUALITY).isPresent())
			.map(LeafIndicator::code)
			.collect(Collectors.toSet());
	}

	private static LeafScores fullSheet(ScorerRole role, ScoreSheet sheet, List<AutomaticIndicator> filled) {
		Map<String, BigDecimal> scores = new LinkedHashMap<>();
		sheet.scores().forEach((code, leaf) -> scores.put(code, leaf.score()));
		scores.putAll(filledScores(filled, role));
		return new LeafScores(role, scores);
	}

	private static Map<String, BigDecimal> filledScores(List<AutomaticIndicator> filled, ScorerRole role) {
		Map<String, BigDecimal> scores = new LinkedHashMap<>();
		filled.stream().filter((leaf) -> leaf.role() == role).forEach((leaf) -> scores.put(leaf.code(), leaf.score()));
		return scores;
	}

	private static Set<String> codes(List<AutomaticIndicator> filled, ScorerRole role) {
		return filled.stream()
			.filter((leaf) -> leaf.role() == role)
			.map(AutomaticIndicator::code)
			.collect(Collectors.toSet());
	}

}
