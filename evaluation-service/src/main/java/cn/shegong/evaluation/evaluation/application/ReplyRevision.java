package cn.shegong.evaluation.evaluation.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.shegong.evaluation.evaluation.model.ConsolidatedResult;
import cn.shegong.evaluation.scoring.model.FinanceCheck;

/**
 * What the answer to a reply (申辩) changed before the grade became final: consolidated
 * leaf scores and the finance check, with the result before and after.
 *
 * @param financeCheckBefore the finance check the provisional grade used
 * @param financeCheckAfter the one the revised grade uses; the same if not revised
 */
public record ReplyRevision(List<LeafRevision> leaves, FinanceCheck financeCheckBefore, FinanceCheck financeCheckAfter,
		ConsolidatedResult before, ConsolidatedResult after, String revisedBy, LocalDate revisedOn) {

	public ReplyRevision {
		leaves = List.copyOf(leaves);
	}

	public boolean gradeChanged() {
		return !this.before.grade().equals(this.after.grade()) || this.before.vetoed() != this.after.vetoed();
	}

	/** One leaf's consolidated score, revised for a reason. */
	public record LeafRevision(String code, BigDecimal from, BigDecimal to, String reason) {
	}

}
