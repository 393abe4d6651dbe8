package cn.shegong.feedback.grouping.model;

import java.util.Set;

/**
 * How alike two complaints are: a blend of the character-shingle similarity (bigram and
 * trigram Jaccard, optionally weighted by the shingles' rarity) and the Jaccard of their
 * key terms (the canonical words of the synonym table). Bigrams catch a shared
 * two-character word written in a different sentence; trigrams reward longer runs in
 * common; key terms catch two wordings naming the same things with no characters in
 * common beyond them.
 *
 * @param bigramWeight the bigram Jaccard's share of the character score (the rest is
 * trigrams)
 * @param keyTermWeight the key-term Jaccard's share of the blend (the rest is the
 * character score)
 */
public record Similarity(double bigramWeight, double keyTermWeight) {

	/** Bigrams and trigrams count the same, key terms not at all. */
	public static final Similarity BALANCED = new Similarity(0.5, 0);

	public Similarity {
		requireShare("bigram weight", bigramWeight);
		requireShare("key-term weight", keyTermWeight);
	}

	/** Character shingles only. */
	public Similarity(double bigramWeight) {
		this(bigramWeight, 0);
	}

	/**
	 * Between 0 (nothing in common) and 1 (the same shingles), every shingle weighing
	 * one.
	 */
	public double between(ComplaintText a, ComplaintText b) {
		return between(a, b, ShingleRarity.UNIFORM);
	}

	/** Between 0 and 1, shingles weighted by their rarity. */
	public double between(ComplaintText a, ComplaintText b, ShingleRarity rarity) {
		double characters = this.bigramWeight * rarity.jaccard(a.bigrams(), b.bigrams())
				+ (1 - this.bigramWeight) * rarity.jaccard(a.trigrams(), b.trigrams());
		if (this.keyTermWeight == 0) {
			return characters;
		}
		return (1 - this.keyTermWeight) * characters + this.keyTermWeight * keyTermJaccard(a, b);
	}

	/** Shared shingles over all shingles of either; two empty sets are alike. */
	public static double jaccard(Set<String> a, Set<String> b) {
		if (a.isEmpty() && b.isEmpty()) {
			return 1;
		}
		long shared = a.stream().filter(b::contains).count();
		return (double) shared / (a.size() + b.size() - shared);
	}

	/** Key terms shared over key terms of either; none on either side is no evidence. */
	static double keyTermJaccard(ComplaintText a, ComplaintText b) {
		if (a.keyTerms().isEmpty() || b.keyTerms().isEmpty()) {
			return 0;
		}
		return jaccard(a.keyTerms(), b.keyTerms());
	}

	private static void requireShare(String name, double share) {
		if (!(share >= 0 && share <= 1)) {
			throw new IllegalArgumentException("the %s is a share between 0 and 1, not %s".formatted(name, share));
		}
	}

}
