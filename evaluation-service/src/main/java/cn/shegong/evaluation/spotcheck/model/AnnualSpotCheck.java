package cn.shegong.evaluation.spotcheck.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Comparator;
import java.util.List;

import cn.shegong.evaluation.evaluation.model.EvaluationRules;
import cn.shegong.evaluation.evaluation.model.SpotCheckCandidate;
import cn.shegong.evaluation.evaluation.model.SpotCheckSelection;

/**
 * The rules of the annual spot check [DOMAIN §4, LOC Shenzhen]: the year's candidates are
 * the contracts whose term covers some of that year (the domain's selection keeps those
 * running longer than the minimum term), the seed is taken when the draw is made so that
 * nobody can foresee it, and the yearly automatic draw is due from its configured day on.
 */
public final class AnnualSpotCheck {

	private AnnualSpotCheck() {
	}

	/** Whether a contract's term covers at least one day of the year. */
	public static boolean covers(SpotCheckCandidate contract, int year) {
		return !contract.termStart().isAfter(LocalDate.of(year, 12, 31))
				&& !contract.termEnd().isBefore(LocalDate.of(year, 1, 1));
	}

	/**
	 * Draws among the contracts covering the year with a seed taken now, and records the
	 * draw.
	 */
	public static SpotCheckRecord draw(int year, String regionCode, List<SpotCheckCandidate> contracts,
			EvaluationRules rules, long seed, String drawnBy, Instant drawnAt) {
		List<SpotCheckCandidate> covering = contracts.stream().filter((c) -> covers(c, year)).toList();
		SpotCheckSelection selection = SpotCheckSelection.draw(year, regionCode, covering, rules, seed);
		List<SpotCheckRecord.Eligible> eligible = covering.stream()
			.filter((c) -> selection.eligibleProjectIds().contains(c.projectId()))
			.map((c) -> new SpotCheckRecord.Eligible(c.projectId(), c.contractId()))
			.sorted(Comparator.comparing(SpotCheckRecord.Eligible::projectId)
				.thenComparing(SpotCheckRecord.Eligible::contractId))
			.toList();
		return new SpotCheckRecord(selection, eligible, drawnBy, drawnAt);
	}

	/** Whether there is anything to draw among these contracts for the year. */
	public static boolean hasEligible(int year, List<SpotCheckCandidate> contracts, EvaluationRules rules) {
		List<SpotCheckCandidate> covering = contracts.stream().filter((c) -> covers(c, year)).toList();
		return !SpotCheckSelection.draw(year, "", covering, rules, 0L).eligibleProjectIds().isEmpty();
	}

	/**
	 * The automatic draw of a year is due on its day and after, so a service that was
	 * down on the day still draws.
	 */
	public static boolean isDrawDue(LocalDate today, MonthDay drawOn) {
		return !today.isBefore(drawOn.atYear(today.getYear()));
	}

}
