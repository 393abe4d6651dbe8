package cn.shegong.platform.outbox;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {

	@Test
	void firstFailureIsWorthALogLineAndRepeatsAreNot() {
		OutboxRelay.Backoff backoff = new OutboxRelay.Backoff(Duration.ofMillis(100), Duration.ofSeconds(1));

		assertThat(backoff.failed()).isTrue();
		assertThat(backoff.failed()).isFalse();
	}

	@Test
	void afterAFailureTheRelayWaitsBeforeTryingAgain() {
		OutboxRelay.Backoff backoff = new OutboxRelay.Backoff(Duration.ofSeconds(30), Duration.ofMinutes(1));

		backoff.failed();

		assertThat(backoff.mayTryNow()).isFalse();
	}

	@Test
	void successEndsTheRunOfFailuresAndAllowsTheNextPassAtOnce() {
		OutboxRelay.Backoff backoff = new OutboxRelay.Backoff(Duration.ofSeconds(30), Duration.ofMinutes(1));
		backoff.failed();

		assertThat(backoff.succeeded()).isTrue();
		assertThat(backoff.mayTryNow()).isTrue();
		assertThat(backoff.succeeded()).isFalse();
	}

}
