package cn.shegong.evaluation.evaluation.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import cn.shegong.evaluation.scheme.model.ScorerRole;
import cn.shegong.evaluation.scoring.model.SpreadFlag;

/**
 * One scoring role after consolidation.
 *
 * @param sheetCount sheets averaged; 0 for a role filled only from figures
 * @param leafScores each leaf's consolidated score (mean of the sheets, or the figure's)
 * @param total the role's total on 100 points
 * @param flags leaves whose sheets spread more than the scheme allows
 */
public record RoleResult(ScorerRole role, int sheetCount, Map<String, BigDecimal> leafScores, BigDecimal total,
		List<SpreadFlag> flags) {

	public RoleResult {
		leafScores = Map.copyOf(leafScores);
		flags = List.copyOf(flags);
	}

}
