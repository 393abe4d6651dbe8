package cn.shegong.feedback.grouping.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

import cn.shegong.feedback.grouping.model.GroupingPolicy;

/**
 * {@code shegong.feedback.grouping}: when complaints count as the same issue, how far
 * back open groups are looked for, and how often a placement that lost a race is retried.
 * Unset values keep the defaults measured on the labelled set.
 *
 * @param threshold blended similarity at or above which a complaint joins a group
 * @param bigramWeight the bigram Jaccard's share of the character score, the rest being
 * trigrams
 * @param keyTermWeight the key-term Jaccard's share of the blend, the rest being the
 * character score
 * @param rarityWeighted whether shingles weigh by their rarity among the project's open
 * wordings
 * @param synonyms whether variants read as their canonical words (grouping/synonyms.tsv)
 * @param hashes MinHash signature length
 * @param bands LSH bands (dividing the hashes)
 * @param exhaustiveUpTo up to this many open wordings of a project, every one is compared
 * and LSH is not used
 * @param samplesPerGroup latest wordings of a group a new complaint is compared with
 * @param averageLinkage whether a group scores by the mean similarity to its wordings
 * rather than by the closest one
 * @param lookback a group last seen longer ago than this is no longer open
 * @param placementAttempts attempts at placing one complaint when others change the same
 * group at the same time
 */
@ConfigurationProperties("shegong.feedback.grouping")
public record GroupingProperties(Double threshold, Double bigramWeight, Double keyTermWeight, Boolean rarityWeighted,
		Boolean synonyms, Integer hashes, Integer bands, Integer exhaustiveUpTo, Integer samplesPerGroup,
		Boolean averageLinkage, Duration lookback, Integer placementAttempts) {

	static final Duration DEFAULT_LOOKBACK = Duration.ofDays(90);

	static final int DEFAULT_PLACEMENT_ATTEMPTS = 5;

	public GroupingProperties {
		GroupingPolicy defaults = GroupingPolicy.DEFAULT;
		threshold = (threshold != null) ? threshold : defaults.threshold();
		bigramWeight = (bigramWeight != null) ? bigramWeight : defaults.bigramWeight();
		keyTermWeight = (keyTermWeight != null) ? keyTermWeight : defaults.keyTermWeight();
		rarityWeighted = (rarityWeighted != null) ? rarityWeighted : defaults.rarityWeighted();
		synonyms = (synonyms != null) ? synonyms : defaults.synonyms();
		hashes = (hashes != null) ? hashes : defaults.hashes();
		bands = (bands != null) ? bands : defaults.bands();
		exhaustiveUpTo = (exhaustiveUpTo != null) ? exhaustiveUpTo : defaults.exhaustiveUpTo();
		samplesPerGroup = (samplesPerGroup != null) ? samplesPerGroup : defaults.samplesPerGroup();
		averageLinkage = (averageLinkage != null) ? averageLinkage : defaults.averageLinkage();
		lookback = (lookback != null) ? lookback : DEFAULT_LOOKBACK;
		placementAttempts = (placementAttempts != null) ? placementAttempts : DEFAULT_PLACEMENT_ATTEMPTS;
		if (lookback.isNegative() || lookback.isZero()) {
			throw new IllegalArgumentException("the grouping lookback must be positive, not " + lookback);
		}
		if (placementAttempts < 1) {
			throw new IllegalArgumentException(
					"a complaint needs at least one placement attempt, not " + placementAttempts);
		}
		new GroupingPolicy(threshold, bigramWeight, keyTermWeight, rarityWeighted, synonyms, hashes, bands,
				exhaustiveUpTo, samplesPerGroup, averageLinkage);
	}

	public GroupingPolicy policy() {
		return new GroupingPolicy(this.threshold, this.bigramWeight, this.keyTermWeight, this.rarityWeighted,
				this.synonyms, this.hashes, this.bands, this.exhaustiveUpTo, this.samplesPerGroup, this.averageLinkage);
	}

}
