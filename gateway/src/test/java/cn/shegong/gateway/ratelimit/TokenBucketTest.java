package cn.shegong.gateway.ratelimit;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TokenBucketTest {

	private static final long START = 1_000_000L;

	private static final long ONE_SECOND = TimeUnit.SECONDS.toNanos(1);

	@Test
	void aFreshClientMayUseItsWholeBurstAtOnceButNotMore() {
		TokenBucket bucket = new TokenBucket(5, 20, START);

		for (int i = 0; i < 20; i++) {
			assertThat(bucket.tryTake(START).allowed()).isTrue();
		}

		assertThat(bucket.tryTake(START).allowed()).isFalse();
	}

	@Test
	void tokensComeBackAtTheReplenishRate() {
		TokenBucket bucket = new TokenBucket(5, 20, START);
		drain(bucket, START);

		assertThat(bucket.available(START + ONE_SECOND)).isEqualTo(5.0);
		assertThat(bucket.available(START + ONE_SECOND / 5 * 7)).isEqualTo(7.0);
	}

	@Test
	void anIdleClientNeverSavesUpMoreThanTheBurst() {
		TokenBucket bucket = new TokenBucket(5, 20, START);
		bucket.tryTake(START);

		assertThat(bucket.available(START + TimeUnit.HOURS.toNanos(1))).isEqualTo(20.0);
	}

	@Test
	void aRefusedClientIsToldHowLongUntilItsNextToken() {
		TokenBucket bucket = new TokenBucket(0.5, 1, START);
		bucket.tryTake(START);

		TokenBucket.Decision refused = bucket.tryTake(START + ONE_SECOND / 2);

		assertThat(refused.allowed()).isFalse();
		assertThat(refused.nanosUntilAllowed()).isEqualTo(ONE_SECOND * 3 / 2);
		assertThat(refused.retryAfterSeconds()).isEqualTo(2);
	}

	@Test
	void remainingCountsWholeTokensLeftAfterTheRequest() {
		TokenBucket bucket = new TokenBucket(5, 3, START);

		assertThat(bucket.tryTake(START).remaining()).isEqualTo(2);
		assertThat(bucket.tryTake(START).remaining()).isEqualTo(1);
		assertThat(bucket.tryTake(START).remaining()).isZero();
	}

	@Test
	void aClockThatWrapsAroundStillRefills() {
		long nearOverflow = Long.MAX_VALUE - ONE_SECOND / 2;
		TokenBucket bucket = new TokenBucket(2, 2, nearOverflow);
		drain(bucket, nearOverflow);

		assertThat(bucket.available(nearOverflow + ONE_SECOND)).isEqualTo(2.0);
	}

	@Test
	void aBucketWithoutRoomForOneRequestIsAConfigurationMistake() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TokenBucket(5, 0, START));
		assertThatIllegalArgumentException().isThrownBy(() -> new TokenBucket(0, 20, START));
	}

	private static void drain(TokenBucket bucket, long now) {
		while (bucket.tryTake(now).allowed()) {
			// take until refused
		}
	}

}
