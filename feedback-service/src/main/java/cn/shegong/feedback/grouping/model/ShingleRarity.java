package cn.shegong.feedback.grouping.model;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * How rare each shingle is among a project's recent complaints (the wordings its open
 * groups keep, and the complaint being placed). A shingle every resident writes ("活动",
 * "社工站") says little about which problem it is; a rare one ("漏水", "乒乓") says much. The
 * weight is a smoothed inverse document frequency, always above zero.
 */
public final class ShingleRarity {

	/** Every shingle weighs the same: the weighted Jaccard is the plain one. */
	public static final ShingleRarity UNIFORM = new ShingleRarity(Map.of(), 0);

	private final Map<String, Integer> documentFrequency;

	private final int documents;

	private ShingleRarity(Map<String, Integer> documentFrequency, int documents) {
		this.documentFrequency = documentFrequency;
		this.documents = documents;
	}

	/** The rarity of shingles over these texts. */
	public static ShingleRarity over(Collection<ComplaintText> texts) {
		Map<String, Integer> frequency = new HashMap<>();
		for (ComplaintText text : texts) {
			text.allShingles().forEach((shingle) -> frequency.merge(shingle, 1, Integer::sum));
		}
		return new ShingleRarity(frequency, texts.size());
	}

	/** 1 for every shingle when uniform; else ln((n + 1) / (df + 0.5)), above zero. */
	public double weight(String shingle) {
		if (this.documents == 0) {
			return 1;
		}
		int frequency = this.documentFrequency.getOrDefault(shingle, 0);
		return Math.log((this.documents + 1.0) / (frequency + 0.5));
	}

	/** The weight of shared shingles over the weight of all shingles of either set. */
	public double jaccard(Set<String> a, Set<String> b) {
		if (a.isEmpty() && b.isEmpty()) {
			return 1;
		}
		double shared = 0;
		double all = 0;
		for (String shingle : a) {
			double weight = weight(shingle);
			all += weight;
			if (b.contains(shingle)) {
				shared += weight;
			}
		}
		for (String shingle : b) {
			if (!a.contains(shingle)) {
				all += weight(shingle);
			}
		}
		return shared / all;
	}

}
