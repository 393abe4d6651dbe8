package cn.shegong.procurement.bidding.model;

import java.time.LocalDate;
import java.time.Period;

/**
 * A panel member's declared tie to an agency.
 *
 * @param endedOn the last day of the tie; {@code null} while it lasts
 */
public record Declaration(String agencyId, DeclaredRelation relation, LocalDate endedOn) {

	public Declaration {
		if (agencyId == null || agencyId.isBlank() || relation == null) {
			throw new IllegalArgumentException("a declaration names an agency and a relation");
		}
	}

	public static Declaration ongoing(String agencyId, DeclaredRelation relation) {
		return new Declaration(agencyId, relation, null);
	}

	public static Declaration ended(String agencyId, DeclaredRelation relation, LocalDate endedOn) {
		return new Declaration(agencyId, relation, endedOn);
	}

	public boolean isOngoing() {
		return this.endedOn == null;
	}

	/**
	 * Whether the tie still counts on the given day: while it lasts, and until the full
	 * look-back has passed since it ended. A tie that ended exactly the look-back ago
	 * still counts; one day earlier it does not.
	 */
	boolean countsOn(LocalDate today, Period lookBack) {
		if (!this.relation.lapses() || isOngoing()) {
			return true;
		}
		return !this.endedOn.isBefore(today.minus(lookBack));
	}

	String describe() {
		String when = isOngoing() ? "ongoing" : "until " + this.endedOn;
		return this.relation.description() + " bidder " + this.agencyId + " (" + this.relation + ", " + when + ")";
	}

}
