package cn.shegong.talent.tier.model;

import java.util.List;

/**
 * The outcome of a tier review: the tier a worker moves to (or keeps), and if kept, every
 * condition that holds the worker back from the next one.
 */
public record TierDecision(String workerId, Tier from, Tier to, List<Holdback> holdbacks) {

	public TierDecision {
		holdbacks = List.copyOf(holdbacks);
	}

	public boolean isPromotion() {
		return this.to.isAbove(this.from);
	}

	public List<String> holdbackRules() {
		return this.holdbacks.stream().map(Holdback::rule).toList();
	}

}
