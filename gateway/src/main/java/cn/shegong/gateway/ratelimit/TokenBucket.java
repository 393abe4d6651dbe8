package cn.shegong.gateway.ratelimit;

/**
 * One client's budget: it holds at most {@code burstCapacity} tokens, gains
 * {@code replenishRate} tokens per second, and each request takes one. Time comes in from
 * outside as nanoseconds on a monotonic clock, so tests drive it without waiting.
 */
final class TokenBucket {

	private static final double NANOS_PER_SECOND = 1_000_000_000d;

	private final double tokensPerNano;

	private final double capacity;

	private double tokens;

	private long updatedAt;

	TokenBucket(double replenishRate, int burstCapacity, long now) {
		if (replenishRate <= 0 || burstCapacity < 1) {
			throw new IllegalArgumentException("A bucket needs a positive rate and room for one request, not rate "
					+ replenishRate + " and burst " + burstCapacity);
		}
		this.tokensPerNano = replenishRate / NANOS_PER_SECOND;
		this.capacity = burstCapacity;
		this.tokens = burstCapacity;
		this.updatedAt = now;
	}

	synchronized Decision tryTake(long now) {
		refill(now);
		if (this.tokens >= 1) {
			this.tokens -= 1;
			return new Decision(true, (long) this.tokens, 0);
		}
		long nanosUntilOneToken = (long) Math.ceil((1 - this.tokens) / this.tokensPerNano);
		return new Decision(false, 0, nanosUntilOneToken);
	}

	synchronized double available(long now) {
		refill(now);
		return this.tokens;
	}

	private void refill(long now) {
		// Differences, not comparisons, of nanoTime values stay right across overflow.
		long elapsed = now - this.updatedAt;
		if (elapsed > 0) {
			this.tokens = Math.min(this.capacity, this.tokens + elapsed * this.tokensPerNano);
			this.updatedAt = now;
		}
	}

	/**
	 * @param allowed whether the request may pass
	 * @param remaining whole tokens left after this request
	 * @param nanosUntilAllowed how long a refused client should wait for its next token
	 */
	record Decision(boolean allowed, long remaining, long nanosUntilAllowed) {

		long retryAfterSeconds() {
			return Math.max(1, (this.nanosUntilAllowed + 999_999_999) / 1_000_000_000);
		}

	}

}
