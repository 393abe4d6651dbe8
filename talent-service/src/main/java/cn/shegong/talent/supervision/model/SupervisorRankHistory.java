package cn.shegong.talent.supervision.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.talent.tier.model.SupervisorRank;

/**
 * A worker's supervisor ranks over time, as HR decided them. The history only grows and
 * in date order: a decision takes effect after the one before it and no later than today,
 * so the rank held on any past day can be answered and never changes afterwards.
 */
public record SupervisorRankHistory(String workerId, List<RankChange> changes) {

	public SupervisorRankHistory {
		if (workerId == null || workerId.isBlank()) {
			throw new IllegalArgumentException("a rank history belongs to a worker");
		}
		changes = List.copyOf(changes);
	}

	public static SupervisorRankHistory none(String workerId) {
		return new SupervisorRankHistory(workerId, List.of());
	}

	/** The rank held now, empty if the worker never held one or it was removed. */
	public Optional<SupervisorRank> current() {
		return last().flatMap(RankChange::rank);
	}

	/**
	 * Appoints the worker to the first rank or promotes them one step, if they meet the
	 * rank's requirements on the day it takes effect.
	 */
	public SupervisorRankHistory promote(SupervisorRank target, SupervisorCandidate candidate,
			SupervisorRankRules rules, LocalDate today, String decidedBy, String reason) {
		Optional<SupervisorRank> current = current();
		current.ifPresentOrElse((held) -> held.promoteTo(target), () -> SupervisorRank.appointFirst(target));
		LocalDate effectiveOn = candidate.effectiveOn();
		checkEffectiveDay(effectiveOn, today);
		RankRequirement requirement = rules.requirementOf(target);
		requirement.checkMetBy(candidate, target);
		current.ifPresent((held) -> requirement.checkTimeInRank(held, last().orElseThrow().effectiveOn(), effectiveOn));
		RankChange.Kind kind = current.isPresent() ? RankChange.Kind.PROMOTED : RankChange.Kind.APPOINTED;
		return with(new RankChange(kind, Optional.of(target), effectiveOn, decidedBy, reason));
	}

	/**
	 * Moves the worker down to a lower rank, or removes the rank when {@code target} is
	 * empty, e.g. after a failed appraisal. No requirement is checked: stepping down asks
	 * for nothing but a reason.
	 */
	public SupervisorRankHistory demote(Optional<SupervisorRank> target, LocalDate effectiveOn, LocalDate today,
			String decidedBy, String reason) {
		SupervisorRank held = current().orElseThrow(() -> ProblemException.ruleViolated("supervisor-rank-not-held",
				"Worker %s holds no supervisor rank to lower or remove.".formatted(this.workerId), this.workerId));
		target.filter((lower) -> lower.compareTo(held) >= 0).ifPresent((notLower) -> {
			throw ProblemException.ruleViolated("supervisor-rank-demotion-not-lower",
					"A demotion from %s goes to a lower rank, not to %s.".formatted(held.chineseName(),
							notLower.chineseName()),
					held, notLower);
		});
		checkEffectiveDay(effectiveOn, today);
		RankChange.Kind kind = target.isPresent() ? RankChange.Kind.DEMOTED : RankChange.Kind.REMOVED;
		return with(new RankChange(kind, target, effectiveOn, decidedBy, reason));
	}

	/** Each decision with the stretch of days it was in force, oldest first. */
	public List<RankPeriod> periods() {
		List<RankPeriod> periods = new ArrayList<>();
		for (int i = 0; i < this.changes.size(); i++) {
			Optional<LocalDate> until = (i + 1 < this.changes.size())
					? Optional.of(this.changes.get(i + 1).effectiveOn().minusDays(1)) : Optional.empty();
			periods.add(new RankPeriod(this.changes.get(i), until));
		}
		return periods;
	}

	/**
	 * A decision in the future could be overtaken before it happens, and the requirements
	 * are judged on facts known today; so HR records a decision once it is in force. One
	 * dated before the last decision would rewrite a history others have read.
	 */
	private void checkEffectiveDay(LocalDate effectiveOn, LocalDate today) {
		if (effectiveOn.isAfter(today)) {
			throw ProblemException.ruleViolated("supervisor-rank-effective-in-the-future",
					"A rank change is recorded once in force: %s is after today, %s.".formatted(effectiveOn, today),
					effectiveOn, today);
		}
		last().filter((previous) -> !effectiveOn.isAfter(previous.effectiveOn())).ifPresent((previous) -> {
			throw ProblemException.ruleViolated("supervisor-rank-effective-not-after-previous",
					"A rank change takes effect after the previous one of %s, not on %s."
						.formatted(previous.effectiveOn(), effectiveOn),
					previous.effectiveOn(), effectiveOn);
		});
	}

	private Optional<RankChange> last() {
		return this.changes.isEmpty() ? Optional.empty() : Optional.of(this.changes.get(this.changes.size() - 1));
	}

	private SupervisorRankHistory with(RankChange change) {
		List<RankChange> more = new ArrayList<>(this.changes);
		more.add(change);
		return new SupervisorRankHistory(this.workerId, more);
	}

}
