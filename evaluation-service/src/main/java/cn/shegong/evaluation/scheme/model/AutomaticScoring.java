package cn.shegong.evaluation.scheme.model;

import java.util.Objects;

/**
 * A leaf filled from another service's figure rather than by an evaluator's judgement.
 *
 * @param source where the figure comes from
 * @param mapping how the figure becomes the leaf's score
 */
public record AutomaticScoring(DataSource source, FigureMapping mapping) {

	public AutomaticScoring {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(mapping, "mapping");
	}

}
