package cn.shegong.evaluation.figure.model;

import java.util.Objects;

/**
 * A figure and what it was measured for: a contract, or a project whose contract the
 * measuring service did not know yet (it is found through evaluation's contract copy when
 * the figure is read).
 *
 * @param contractId null when only the project is known
 */
public record MeasuredFigure(String contractId, String projectId, Figure figure) {

	public MeasuredFigure {
		Objects.requireNonNull(figure, "figure");
		if (contractId == null && projectId == null) {
			throw new IllegalArgumentException("A figure is measured for a contract or a project");
		}
	}

}
