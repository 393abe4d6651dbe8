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
 * @param bigramWeight the bigram Jaccard's share of the blend, the rest being trigrams
 * @param hashes MinHash signature length
 * @param bands LSH bands (dividing the hashes)
 * @param samplesPerGroup latest wordings of a group a new complaint is compared with
 * @param lookback a group last seen longer ago than this is no longer open
 * @param placementAttempts attempts at placing one complaint when others change the same
 * group at the same time
 */
@ConfigurationProperties("shegong.feedback.grouping")
public record GroupingProperties(Double threshold, Double bigramWeight, Integer hashes, Integer bands,
		Integer samplesPerGroup, Duration lookback, Integer placementAttempts) {

	static final Duration DEFAULT_LOOKBACK = Duration.ofDays(90);

	static final int DEFAULT_PLACEMENT_ATTEMPTS = 5;

	public GroupingProperties {
		GroupingPolicy defaults = GroupingPolicy.DEFAULT;
		threshold = (threshold != null) ? threshold : defaults.threshold();
		bigramWeight = (bigramWeight != null) ? bigramWeight : defaults.bigramWeight();
		hashes = (hashes != null) ? hashes : defaults.hashes();
		bands = (bands != null) ? bands : defaults.bands();
		samplesPerGroup = (samplesPerGroup != null) ? samplesPerGroup : defaults.samplesPerGroup();
		lookback = (lookback != null) ? lookback : DEFAULT_LOOKBACK;
		placementAttempts = (placementAttempts != null) ? placementAttempts : DEFAULT_PLACEMENT_ATTEMPTS;
		if (lookback.isNegative() || lookback.isZero()) {
			throw new IllegalArgumentException("the grouping lookback must be positive, not " + lookback);
		}
		if (placementAttempts < 1) {
			throw new IllegalArgumentException(
					"a complaint needs at least one placement attempt, not " + placementAttempts);
		}
		new GroupingPolicy(threshold, bigramWeight, hashes, bands, samplesPerGroup);
	}

	public GroupingPolicy policy() {
		return new GroupingPolicy(this.threshold, this.bigramWeight, this.hashes, this.bands, this.samplesPerGroup);
	}

}
