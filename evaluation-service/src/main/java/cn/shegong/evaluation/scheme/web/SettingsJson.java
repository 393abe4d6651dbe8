package cn.shegong.evaluation.scheme.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import cn.shegong.evaluation.scheme.model.ScorerRole;

/**
 * A scheme's settings as the API shows and takes them. Bean Validation checks only that
 * everything is there; the domain decides whether the values make sense and refuses them
 * by rule (422).
 *
 * @param total what the level-1 weights sum to (100, or a points total)
 * @param levels depth of the tree, 1–3
 * @param spreadLimitBasisPoints how far sheets may differ on a leaf, of the leaf's max
 * @param financeVeto whether a failed finance check makes the grade 不合格
 */
record SettingsJson(@NotNull BigDecimal total, @NotNull Integer levels, @NotNull @Valid SplitJson split,
		@NotNull @Valid RoundingJson rounding, @NotNull @Valid BandsJson bands, @NotNull @Valid CompositeJson composite,
		@NotNull Integer spreadLimitBasisPoints, @NotNull Boolean financeVeto) {

	/** The qualitative share and its tolerance, in basis points (2500 = 25%). */
	record SplitJson(@NotNull Integer qualitativeBasisPoints, @NotNull Integer toleranceBasisPoints) {

	}

	record RoundingJson(@NotNull Integer scale, @NotNull RoundingMode mode) {

	}

	/** The lowest score of 优秀, 良好 and 合格. */
	record BandsJson(@NotNull BigDecimal excellentFrom, @NotNull BigDecimal goodFrom, @NotNull BigDecimal passFrom) {

	}

	/**
	 * Each scoring role's weight out of {@code outOf}: 70/20/10 of 100, 700/200/100 of
	 * 1000.
	 */
	record CompositeJson(@NotEmpty Map<ScorerRole, @NotNull BigDecimal> weights, @NotNull BigDecimal outOf) {

	}

}
