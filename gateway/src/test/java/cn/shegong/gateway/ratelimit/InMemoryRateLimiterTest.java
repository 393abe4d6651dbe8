package cn.shegong.gateway.ratelimit;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryRateLimiterTest {

	private final AtomicLong now = new AtomicLong(42);

	private final InMemoryRateLimiter limiter = new InMemoryRateLimiter(
			new InMemoryRateLimiter.Config().setReplenishRate(1).setBurstCapacity(2), 2, this.now::get, null);

	@Test
	void eachClientHasItsOwnBudget() {
		assertThat(allowed("a")).isTrue();
		assertThat(allowed("a")).isTrue();
		assertThat(allowed("a")).isFalse();

		assertThat(allowed("b")).isTrue();
	}

	@Test
	void aRefusedClientIsToldWhenToComeBack() {
		allowed("a");
		allowed("a");

		RateLimiter.Response refused = this.limiter.isAllowed("route", "a").block();

		assertThat(refused.isAllowed()).isFalse();
		assertThat(refused.getHeaders()).containsEntry("Retry-After", "1")
			.containsEntry(InMemoryRateLimiter.REMAINING_HEADER, "0")
			.containsEntry(InMemoryRateLimiter.BURST_CAPACITY_HEADER, "2");
	}

	@Test
	void aClientIsLetInAgainOnceItsBucketRefilled() {
		allowed("a");
		allowed("a");
		this.now.addAndGet(TimeUnit.SECONDS.toNanos(1));

		assertThat(allowed("a")).isTrue();
	}

	@Test
	void aRouteMayOverrideOneSettingAndKeepTheOther() {
		this.limiter.getConfig().put("generous", new InMemoryRateLimiter.Config().setBurstCapacity(5));

		for (int i = 0; i < 5; i++) {
			assertThat(this.limiter.isAllowed("generous", "a").block().isAllowed()).isTrue();
		}
		assertThat(this.limiter.isAllowed("generous", "a").block().getHeaders())
			.containsEntry(InMemoryRateLimiter.REPLENISH_RATE_HEADER, "1.0");
	}

	private boolean allowed(String client) {
		return this.limiter.isAllowed("route", client).block().isAllowed();
	}

}
