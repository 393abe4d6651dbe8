package cn.shegong.feedback.grouping.model;

import java.util.Set;

/**
 * How alike two complaints are: a weighted blend of the Jaccard similarity of their
 * character bigrams and of their trigrams. Bigrams catch a shared two-character word
 * written in a different sentence; trigrams reward longer runs in common, so that two
 * complaints sharing only topic words ("活动室") score lower than two describing the same
 * problem ("活动室周末不开").
 */
public record Similarity(double bigramWeight) {

	/** Bigrams and trigrams count the same. */
	public static final Similarity BALANCED = new Similarity(0.5);

	public Similarity {
		if (!(bigramWeight >= 0 && bigramWeight <= 1)) {
			throw new IllegalArgumentException("the bigram weight is a share between 0 and 1, not " + bigramWeight);
		}
	}

	/** Between 0 (nothing in common) and 1 (the same shingles). */
	public double between(ComplaintText a, ComplaintText b) {
		return this.bigramWeight * jaccard(a.bigrams(), b.bigrams())
				+ (1 - this.bigramWeight) * jaccard(a.trigrams(), b.trigrams());
	}

	/** Shared shingles over all shingles of either; two empty sets are alike. */
	public static double jaccard(Set<String> a, Set<String> b) {
		if (a.isEmpty() && b.isEmpty()) {
			return 1;
		}
		long shared = a.stream().filter(b::contains).count();
		return (double) shared / (a.size() + b.size() - shared);
	}

}
