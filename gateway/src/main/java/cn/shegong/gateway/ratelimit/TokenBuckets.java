package cn.shegong.gateway.ratelimit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The buckets of the clients seen lately, at most {@code maxBuckets} of them, so a flood
 * of addresses cannot exhaust the heap. The least recently used bucket goes first: it is
 * the one idle longest, and a bucket idle for {@code burst / rate} seconds is full again,
 * exactly like the fresh one its client gets on its next request.
 */
final class TokenBuckets {

	private final Map<String, TokenBucket> buckets;

	TokenBuckets(int maxBuckets) {
		if (maxBuckets < 1) {
			throw new IllegalArgumentException("maxBuckets must be positive, not " + maxBuckets);
		}
		this.buckets = new LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, TokenBucket> eldest) {
				return size() > maxBuckets;
			}

		};
	}

	synchronized TokenBucket bucketFor(String key, Supplier<TokenBucket> newBucket) {
		return this.buckets.computeIfAbsent(key, (absent) -> newBucket.get());
	}

	synchronized int size() {
		return this.buckets.size();
	}

	synchronized boolean contains(String key) {
		return this.buckets.containsKey(key);
	}

}
