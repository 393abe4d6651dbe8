package cn.shegong.evaluation.scoring.model;

import java.util.List;

/**
 * Several evaluators' sheets for one role merged into one: the mean of each leaf, the
 * totals of those means, and the leaves whose sheets spread too far.
 *
 * @param sheetCount how many sheets were merged
 * @param means each leaf's mean score, rounded as the scheme rounds
 * @param totals the mean sheet's group and role totals
 * @param flags leaves for a second look, in tree order
 */
public record ConsolidatedSheets(int sheetCount, LeafScores means, SheetScore totals, List<SpreadFlag> flags) {

	public ConsolidatedSheets {
		flags = List.copyOf(flags);
	}

	public boolean needsSecondLook() {
		return !this.flags.isEmpty();
	}

}
