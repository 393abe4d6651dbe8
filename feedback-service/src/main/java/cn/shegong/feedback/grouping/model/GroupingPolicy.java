package cn.shegong.feedback.grouping.model;

/**
 * When two complaints are the same problem, and how candidates are found.
 *
 * @param threshold the blended similarity at or above which a complaint joins a group
 * @param bigramWeight the bigram Jaccard's share of the character score (the rest is
 * trigrams)
 * @param keyTermWeight the key-term Jaccard's share of the blend (the rest is the
 * character score)
 * @param rarityWeighted whether shingles weigh by their rarity among the project's open
 * wordings (else each weighs one)
 * @param synonyms whether variants are read as their canonical words before comparing
 * @param hashes the MinHash signature length
 * @param bands the LSH bands the signature is cut into (it must divide the hashes)
 * @param exhaustiveUpTo up to this many open wordings in a project, a complaint is
 * compared with every one of them; LSH only narrows the candidates above it
 * @param samplesPerGroup how many latest wordings of a group a complaint is compared with
 * @param averageLinkage whether a complaint is scored against a group by its mean
 * similarity to the group's wordings (it must resemble the group) rather than by its
 * closest wording (it need only resemble one member, which lets groups chain into
 * unrelated problems)
 */
public record GroupingPolicy(double threshold, double bigramWeight, double keyTermWeight, boolean rarityWeighted,
		boolean synonyms, int hashes, int bands, int exhaustiveUpTo, int samplesPerGroup, boolean averageLinkage) {

	/**
	 * Chosen on the tuning half of the labelled set only (odd-numbered labels), see
	 * GroupingQualityTest: the best pairwise F1 among settings whose precision stays at
	 * or above 0.90 both at their threshold and 0.02 below it (a threshold on a cliff,
	 * where one wrong merge pulls in a whole group, is not chosen).
	 */
	public static final GroupingPolicy DEFAULT = new GroupingPolicy(0.30, 0.7, 0.5, false, true, 128, 32, 5000, 10,
			true);

	/**
	 * The first version: plain character bigrams, no synonyms, no rarity, LSH always.
	 * Kept to measure against.
	 */
	public static final GroupingPolicy CHARACTERS_ONLY = new GroupingPolicy(0.14, 1.0, 0.0, false, false, 128, 128, 0,
			10);

	/** Fixed, so that signatures and therefore groups are the same on every run. */
	static final long SEED = 20260525L;

	public GroupingPolicy {
		if (!(threshold > 0 && threshold <= 1)) {
			throw new IllegalArgumentException("the threshold is a similarity above 0 and up to 1, not " + threshold);
		}
		new Similarity(bigramWeight, keyTermWeight);
		if (hashes < 1 || bands < 1 || hashes % bands != 0) {
			throw new IllegalArgumentException("%d hashes cannot be cut into %d equal bands".formatted(hashes, bands));
		}
		if (exhaustiveUpTo < 0) {
			throw new IllegalArgumentException("the exhaustive comparison limit cannot be negative: " + exhaustiveUpTo);
		}
		if (samplesPerGroup < 1) {
			throw new IllegalArgumentException("a group keeps at least one wording, not " + samplesPerGroup);
		}
	}

	/** Scored by the closest wording of each group. */
	public GroupingPolicy(double threshold, double bigramWeight, double keyTermWeight, boolean rarityWeighted,
			boolean synonyms, int hashes, int bands, int exhaustiveUpTo, int samplesPerGroup) {
		this(threshold, bigramWeight, keyTermWeight, rarityWeighted, synonyms, hashes, bands, exhaustiveUpTo,
				samplesPerGroup, false);
	}

	public GroupingPolicy withLinkage(boolean average) {
		return new GroupingPolicy(this.threshold, this.bigramWeight, this.keyTermWeight, this.rarityWeighted,
				this.synonyms, this.hashes, this.bands, this.exhaustiveUpTo, this.samplesPerGroup, average);
	}

	public GroupingPolicy withThreshold(double another) {
		return new GroupingPolicy(another, this.bigramWeight, this.keyTermWeight, this.rarityWeighted, this.synonyms,
				this.hashes, this.bands, this.exhaustiveUpTo, this.samplesPerGroup, this.averageLinkage);
	}

	public GroupingPolicy withBlend(double anotherBigramWeight, double anotherKeyTermWeight) {
		return new GroupingPolicy(this.threshold, anotherBigramWeight, anotherKeyTermWeight, this.rarityWeighted,
				this.synonyms, this.hashes, this.bands, this.exhaustiveUpTo, this.samplesPerGroup, this.averageLinkage);
	}

	public GroupingPolicy withTechniques(boolean anotherRarityWeighted, boolean anotherSynonyms,
			int anotherExhaustiveUpTo) {
		return new GroupingPolicy(this.threshold, this.bigramWeight, this.keyTermWeight, anotherRarityWeighted,
				anotherSynonyms, this.hashes, this.bands, anotherExhaustiveUpTo, this.samplesPerGroup,
				this.averageLinkage);
	}

}
