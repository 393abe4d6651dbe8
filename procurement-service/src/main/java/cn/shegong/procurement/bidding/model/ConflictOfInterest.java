package cn.shegong.procurement.bidding.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import cn.shegong.platform.problem.ProblemException;

/**
 * Whether a review panel member must recuse from a tender: within the look-back (3 years
 * by default) they worked for, were a director or supervisor of, or controlled a bidder,
 * or they are close family of its legal representative, at any time [NAT 财库〔2016〕198号].
 *
 * @param lookBack how long a past tie keeps counting after it ended
 */
public record ConflictOfInterest(Period lookBack) {

	public ConflictOfInterest {
		if (lookBack == null || lookBack.isNegative()) {
			throw new IllegalArgumentException("a look-back is zero or more, was " + lookBack);
		}
	}

	/** Three years [NAT 财库〔2016〕198号]. */
	public static ConflictOfInterest defaults() {
		return new ConflictOfInterest(Period.ofYears(3));
	}

	/** Refuses a member with any tie to any bidder, naming every tie found. */
	public void check(PanelMember member, Collection<String> bidderAgencyIds, LocalDate today) {
		List<Declaration> conflicts = conflictsOf(member, bidderAgencyIds, today);
		if (!conflicts.isEmpty()) {
			String ties = conflicts.stream().map(Declaration::describe).collect(Collectors.joining("; "));
			throw ProblemException.ruleViolated("panel-member-conflict",
					"Panel member " + member.name() + " (" + member.memberId() + ") must recuse: " + ties
							+ ". A past tie counts for " + this.lookBack
							+ " after it ends; close family always counts.",
					member.memberId(), ties, this.lookBack);
		}
	}

	public List<Declaration> conflictsOf(PanelMember member, Collection<String> bidderAgencyIds, LocalDate today) {
		return member.declarations()
			.stream()
			.filter(declaration -> bidderAgencyIds.contains(declaration.agencyId()))
			.filter(declaration -> declaration.countsOn(today, this.lookBack))
			.toList();
	}

}
