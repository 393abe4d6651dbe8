package cn.shegong.evaluation.scoring.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import cn.shegong.evaluation.scheme.model.ScorerRole;

/**
 * The scores one sheet gives the leaves of one role, as entered, by leaf code.
 *
 * @param role whose leaves these are
 * @param scores each leaf's score
 */
public record LeafScores(ScorerRole role, Map<String, BigDecimal> scores) {

	public LeafScores {
		Objects.requireNonNull(role, "role");
		scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
	}

	public BigDecimal of(String leafCode) {
		return this.scores.get(leafCode);
	}

}
