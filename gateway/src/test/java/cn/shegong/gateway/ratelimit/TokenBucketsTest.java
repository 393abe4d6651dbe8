package cn.shegong.gateway.ratelimit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketsTest {

	@Test
	void memoryIsBoundedByForgettingTheClientIdleLongest() {
		TokenBuckets buckets = new TokenBuckets(2);
		buckets.bucketFor("first", () -> new TokenBucket(1, 1, 0));
		buckets.bucketFor("second", () -> new TokenBucket(1, 1, 0));
		buckets.bucketFor("first", () -> new TokenBucket(1, 1, 0));

		buckets.bucketFor("third", () -> new TokenBucket(1, 1, 0));

		assertThat(buckets.size()).isEqualTo(2);
		assertThat(buckets.contains("first")).isTrue();
		assertThat(buckets.contains("second")).isFalse();
		assertThat(buckets.contains("third")).isTrue();
	}

	@Test
	void aKnownClientKeepsItsBucket() {
		TokenBuckets buckets = new TokenBuckets(10);
		TokenBucket first = buckets.bucketFor("client", () -> new TokenBucket(1, 1, 0));

		assertThat(buckets.bucketFor("client", () -> new TokenBucket(1, 1, 0))).isSameAs(first);
	}

}
