package cn.shegong.feedback.grouping.model;

/**
 * When two complaints are the same problem, and how candidates are found.
 *
 * @param threshold the blended similarity at or above which a complaint joins a group
 * @param bigramWeight the bigram Jaccard's share of the blend (the rest is trigrams)
 * @param hashes the MinHash signature length
 * @param bands the LSH bands the signature is cut into (it must divide the hashes)
 * @param samplesPerGroup how many latest wordings of a group a complaint is compared with
 */
public record GroupingPolicy(double threshold, double bigramWeight, int hashes, int bands, int samplesPerGroup) {

	/** Measured on the labelled set in the tests (see GroupingQualityTest). */
	public static final GroupingPolicy DEFAULT = new GroupingPolicy(0.14, 1.0, 128, 128, 10);

	/** Fixed, so that signatures and therefore groups are the same on every run. */
	static final long SEED = 20260525L;

	public GroupingPolicy {
		if (!(threshold > 0 && threshold <= 1)) {
			throw new IllegalArgumentException("the threshold is a similarity above 0 and up to 1, not " + threshold);
		}
		new Similarity(bigramWeight);
		if (hashes < 1 || bands < 1 || hashes % bands != 0) {
			throw new IllegalArgumentException("%d hashes cannot be cut into %d equal bands".formatted(hashes, bands));
		}
		if (samplesPerGroup < 1) {
			throw new IllegalArgumentException("a group keeps at least one wording, not " + samplesPerGroup);
		}
	}

	public GroupingPolicy withThreshold(double another) {
		return new GroupingPolicy(another, this.bigramWeight, this.hashes, this.bands, this.samplesPerGroup);
	}

}
