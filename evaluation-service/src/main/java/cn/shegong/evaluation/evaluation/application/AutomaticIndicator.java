package cn.shegong.evaluation.evaluation.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.shegong.evaluation.figure.model.Figure;
import cn.shegong.evaluation.scheme.model.DataSource;
import cn.shegong.evaluation.scheme.model.IndicatorScheme;
import cn.shegong.evaluation.scheme.model.LeafIndicator;
import cn.shegong.evaluation.scheme.model.ScorerRole;

/**
 * A leaf filled from another service's latest figure through its figure mapping, with the
 * event the figure came from so that an evaluator can check it.
 *
 * @param figure the measured percentage
 * @param score the leaf's score for it, rounded as the scheme rounds
 * @param source the event type the figure came from, e.g. feedback.SatisfactionMeasured
 */
public record AutomaticIndicator(String code, ScorerRole role, DataSource dataSource, BigDecimal figure,
		BigDecimal score, String basis, String source, String eventId, Instant measuredAt) {

	/**
	 * The scheme's automatic leaves that have a figure, in tree order; a leaf without one
	 * is left to its role's sheets (or, for service users, refused at consolidation).
	 */
	public static List<AutomaticIndicator> fill(IndicatorScheme scheme, Map<DataSource, Figure> figures) {
		List<AutomaticIndicator> filled = new ArrayList<>();
		for (LeafIndicator leaf : scheme.leaves()) {
			leaf.automatic().filter((automatic) -> figures.containsKey(automatic.source())).ifPresent((automatic) -> {
				Figure figure = figures.get(automatic.source());
				BigDecimal score = automatic.mapping()
					.scoreFor(figure.percent(), leaf.max(), scheme.settings().rounding());
				filled.add(new AutomaticIndicator(leaf.code(), leaf.scorer(), automatic.source(), figure.percent(),
						score, figure.basis(), figure.source().eventType(), figure.source().eventId(),
						figure.source().measuredAt()));
			});
		}
		return List.copyOf(filled);
	}

}
