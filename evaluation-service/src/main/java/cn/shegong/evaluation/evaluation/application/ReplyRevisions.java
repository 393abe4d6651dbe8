package cn.shegong.evaluation.evaluation.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.shegong.evaluation.evaluation.model.ConsolidatedResult;
import cn.shegong.evaluation.scheme.model.Grade;
import cn.shegong.evaluation.scheme.model.IndicatorScheme;
import cn.shegong.evaluation.scheme.model.LeafIndicator;
import cn.shegong.evaluation.scoring.model.CompositeResult;
import cn.shegong.evaluation.scoring.model.FinanceCheck;
import cn.shegong.evaluation.scoring.model.LeafScores;
import cn.shegong.evaluation.scoring.model.SheetScoring;
import cn.shegong.platform.problem.ProblemException;

/**
 * How an answer to a reply (申辩) revises the grade before it is final: it replaces the
 * consolidated scores of named leaves, each for a reason, and/or the finance check, and
 * the composite and grade are computed again with the evaluation's own scheme version. A
 * leaf filled from a figure is not revised by hand: the figure is the record.
 */
public final class ReplyRevisions {

	private ReplyRevisions() {
	}

	/** A leaf's consolidated score as the answer asks it to be. */
	public record RevisedLeaf(String code, BigDecimal score, String reason) {
	}

	/** The scoring after the revision, and what changed. */
	public record Revised(ScoringOutcome scoring, ConsolidatedResult result, ReplyRevision revision) {
	}

	/**
	 * Revises the consolidation a provisional grade was given on.
	 * @param financeCheck the revised finance check, or {@code null} to keep it
	 */
	public static Revised revise(IndicatorScheme scheme, ScoringOutcome scoring, FinanceCheck gradedWith,
			ConsolidatedResult before, List<RevisedLeaf> leaves, FinanceCheck financeCheck, String by, LocalDate on) {
		Map<String, RevisedLeaf> byCode = new LinkedHashMap<>();
		for (RevisedLeaf leaf : leaves) {
			requireRevisable(scheme, scoring, leaf.code());
			if (byCode.put(leaf.code(), leaf) != null) {
				throw ProblemException.ruleViolated("leaf-revised-twice",
						"Leaf " + leaf.code() + " is revised twice in one answer.", leaf.code());
			}
		}
		List<RoleResult> roles = new ArrayList<>();
		List<ReplyRevision.LeafRevision> changes = new ArrayList<>();
		for (RoleResult role : scoring.roles()) {
			Map<String, BigDecimal> scores = new HashMap<>(role.leafScores());
			byCode.values().stream().filter((leaf) -> scores.containsKey(leaf.code())).forEach((leaf) -> {
				changes.add(new ReplyRevision.LeafRevision(leaf.code(), scores.get(leaf.code()), leaf.score(),
						leaf.reason()));
				scores.put(leaf.code(), leaf.score());
			});
			BigDecimal total = SheetScoring.score(scheme, new LeafScores(role.role(), scores)).roleTotal();
			roles.add(new RoleResult(role.role(), role.sheetCount(), scores, total, role.flags()));
		}
		ScoringOutcome outcome = new ScoringOutcome(scoring.automatic(), roles);
		FinanceCheck after = (financeCheck != null) ? financeCheck : gradedWith;
		CompositeResult composite = outcome.composite(scheme, after);
		ConsolidatedResult result = new ConsolidatedResult(composite.score(), composite.grade().name(),
				composite.financeVetoed(), composite.grade() == Grade.FAIL);
		return new Revised(outcome, result, new ReplyRevision(changes, gradedWith, after, before, result, by, on));
	}

	private static void requireRevisable(IndicatorScheme scheme, ScoringOutcome scoring, String code) {
		LeafIndicator leaf = scheme.leaf(code)
			.orElseThrow(() -> ProblemException.ruleViolated("leaf-not-in-scheme",
					"Leaf " + code + " is not in scheme " + scheme.id() + " version " + scheme.version() + ".", code));
		if (scoring.automatic().stream().anyMatch((filled) -> filled.code().equals(leaf.code()))) {
			throw ProblemException.ruleViolated("leaf-filled-from-figure",
					"Leaf " + code + " is filled from the latest figure; an answer does not revise it.", code);
		}
	}

}
