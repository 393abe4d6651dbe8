package cn.shegong.evaluation.scheme.persistence;

import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

import cn.shegong.evaluation.scheme.model.DataSource;
import cn.shegong.evaluation.scheme.model.IndicatorNature;
import cn.shegong.evaluation.scheme.model.IndicatorType;
import cn.shegong.evaluation.scheme.model.ScorerRole;

/**
 * One published version as stored. Numbers are kept as decimal strings so that a weight
 * of {@code 66.66} reads back with the scale it was published with.
 */
record SchemeVersionDocument(int version, String name, Instant publishedAt, Settings settings, List<Node> roots) {

	record Settings(String total, int levels, int qualitativeBasisPoints, int toleranceBasisPoints, int roundingScale,
			RoundingMode roundingMode, String excellentFrom, String goodFrom, String passFrom,
			List<RoleWeight> compositeWeights, String compositeOutOf, int spreadLimitBasisPoints, boolean financeVeto) {

	}

	record RoleWeight(ScorerRole role, String weight) {

	}

	/**
	 * A group when {@code children} is set, else a leaf; {@code source} set means the
	 * leaf is filled automatically.
	 */
	record Node(String code, String name, String weight, List<Node> children, IndicatorType type,
			IndicatorNature nature, ScorerRole scorer, DataSource source, String floorPercent, String targetPercent) {

	}

}
