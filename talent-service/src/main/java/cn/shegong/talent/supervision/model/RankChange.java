package cn.shegong.talent.supervision.model;

import java.time.LocalDate;
import java.util.Optional;

import cn.shegong.talent.tier.model.SupervisorRank;

/**
 * One HR decision on a worker's supervisor rank, in force from {@code effectiveOn} until
 * the next one.
 *
 * @param rank the rank held from then on, empty when the rank was removed
 * @param decidedBy the HR user who recorded it
 */
public record RankChange(Kind kind, Optional<SupervisorRank> rank, LocalDate effectiveOn, String decidedBy,
		String reason) {

	public RankChange {
		if (kind == null || rank == null || effectiveOn == null || decidedBy == null || reason == null) {
			throw new IllegalArgumentException("a rank change needs a kind, a rank, a day, who and why");
		}
		if (rank.isEmpty() != (kind == Kind.REMOVED)) {
			throw new IllegalArgumentException("only a removal leaves the worker without a rank");
		}
	}

	/** What the decision did. */
	public enum Kind {

		APPOINTED, PROMOTED, DEMOTED, REMOVED

	}

}
