package cn.shegong.evaluation.spotcheck.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import cn.shegong.evaluation.evaluation.model.SpotCheckSelection;

/**
 * 年度抽查: one year's draw in one region as recorded, with everything needed to re-run it:
 * the seed taken at draw time, the share, and the sorted list of eligible projects with
 * their contracts.
 *
 * @param drawnBy the user who drew, or {@code timer} for the yearly automatic draw
 */
public record SpotCheckRecord(SpotCheckSelection selection, List<Eligible> eligible, String drawnBy, Instant drawnAt) {

	public SpotCheckRecord {
		Objects.requireNonNull(selection, "selection");
		eligible = List.copyOf(eligible);
		Objects.requireNonNull(drawnBy, "drawnBy");
		Objects.requireNonNull(drawnAt, "drawnAt");
	}

	/** The contracts of the chosen projects. */
	public List<Eligible> chosen() {
		return this.eligible.stream()
			.filter((candidate) -> this.selection.chosenProjectIds().contains(candidate.projectId()))
			.toList();
	}

	/** A project the draw ran on, and the contract it ran under that year. */
	public record Eligible(String projectId, String contractId) {
	}

}
