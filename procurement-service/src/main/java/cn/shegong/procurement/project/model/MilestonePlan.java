package cn.shegong.procurement.project.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

/**
 * The default milestones of a term: quarterly monitoring at the end of each full quarter,
 * a mid-term evaluation halfway, and the final evaluation one month (configurable) before
 * the end, so that the grade is known before the money runs out [DOMAIN §4].
 */
public final class MilestonePlan {

	private MilestonePlan() {
	}

	public static List<Milestone> defaultFor(ContractTerm term, TermRules rules) {
		List<Milestone> milestones = new ArrayList<>();
		long days = ChronoUnit.DAYS.between(term.from(), term.to());
		LocalDate finalOn = term.to().minus(rules.finalEvaluationBeforeEnd());
		LocalDate midTermOn = term.from().plusDays(days / 2);
		for (LocalDate quarterEnd : quarterEnds(term)) {
			if (quarterEnd.isBefore(finalOn)) {
				milestones.add(Milestone.scheduled("q-" + quarterEnd, MilestoneType.QUARTERLY_MONITORING, quarterEnd));
			}
		}
		milestones.add(Milestone.scheduled("mid-term", MilestoneType.MID_TERM, midTermOn));
		milestones
			.add(Milestone.scheduled("final", MilestoneType.FINAL, finalOn.isAfter(midTermOn) ? finalOn : term.to()));
		milestones.sort(java.util.Comparator.comparing(Milestone::dueOn));
		return List.copyOf(milestones);
	}

	private static List<LocalDate> quarterEnds(ContractTerm term) {
		List<LocalDate> ends = new ArrayList<>();
		LocalDate quarterEnd = endOfQuarter(term.from());
		while (!quarterEnd.isAfter(term.to())) {
			ends.add(quarterEnd);
			quarterEnd = endOfQuarter(quarterEnd.plusDays(1));
		}
		return ends;
	}

	private static LocalDate endOfQuarter(LocalDate day) {
		LocalDate firstOfQuarter = day.with(IsoFields.DAY_OF_QUARTER, 1);
		return firstOfQuarter.plusMonths(3).minusDays(1);
	}

}
