package cn.shegong.gateway.ratelimit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.ratelimit.AbstractRateLimiter;
import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.http.HttpHeaders;

/**
 * A token bucket per route and client, kept in this process's memory. It implements
 * Spring Cloud Gateway's {@code RateLimiter} so that the {@code RateLimit} filter does
 * not care which limiter it has: with several gateway replicas, each would count
 * separately here, and a {@code RedisRateLimiter} bean
 * (spring-boot-starter-data-redis-reactive) named in the route instead gives them one
 * shared budget. A route may override the defaults with the filter arguments
 * {@code in-memory-rate-limiter.replenish-rate} and
 * {@code in-memory-rate-limiter.burst-capacity}, as a Redis limiter reads
 * {@code redis-rate-limiter.*}.
 */
public class InMemoryRateLimiter extends AbstractRateLimiter<InMemoryRateLimiter.Config> {

	public static final String CONFIGURATION_PROPERTY_NAME = "in-memory-rate-limiter";

	public static final String REMAINING_HEADER = "X-RateLimit-Remaining";

	public static final String REPLENISH_RATE_HEADER = "X-RateLimit-Replenish-Rate";

	public static final String BURST_CAPACITY_HEADER = "X-RateLimit-Burst-Capacity";

	private final Config defaults;

	private final TokenBuckets buckets;

	private final LongSupplier nanoTime;

	public InMemoryRateLimiter(Config defaults, int maxClients, LongSupplier nanoTime,
			ConfigurationService configurationService) {
		super(Config.class, CONFIGURATION_PROPERTY_NAME, configurationService);
		this.defaults = defaults;
		this.buckets = new TokenBuckets(maxClients);
		this.nanoTime = nanoTime;
	}

	@Override
	public Mono<Response> isAllowed(String routeId, String id) {
		Config config = withDefaults(getConfig().get(routeId));
		long now = this.nanoTime.getAsLong();
		TokenBucket bucket = this.buckets.bucketFor(routeId + '|' + id,
				() -> new TokenBucket(config.getReplenishRate(), config.getBurstCapacity(), now));
		TokenBucket.Decision decision = bucket.tryTake(now);
		return Mono.just(new Response(decision.allowed(), headers(config, decision)));
	}

	/** A route may override one setting and keep the other. */
	private Config withDefaults(Config route) {
		if (route == null) {
			return this.defaults;
		}
		return new Config()
			.setReplenishRate(
					(route.getReplenishRate() > 0) ? route.getReplenishRate() : this.defaults.getReplenishRate())
			.setBurstCapacity(
					(route.getBurstCapacity() > 0) ? route.getBurstCapacity() : this.defaults.getBurstCapacity());
	}

	private static Map<String, String> headers(Config config, TokenBucket.Decision decision) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put(REMAINING_HEADER, Long.toString(decision.remaining()));
		headers.put(REPLENISH_RATE_HEADER, Double.toString(config.getReplenishRate()));
		headers.put(BURST_CAPACITY_HEADER, Integer.toString(config.getBurstCapacity()));
		if (!decision.allowed()) {
			headers.put(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
		}
		return headers;
	}

	/** A mutable bean because Spring Cloud Gateway binds route arguments onto it. */
	public static class Config {

		private double replenishRate;

		private int burstCapacity;

		public double getReplenishRate() {
			return this.replenishRate;
		}

		public Config setReplenishRate(double replenishRate) {
			this.replenishRate = replenishRate;
			return this;
		}

		public int getBurstCapacity() {
			return this.burstCapacity;
		}

		public Config setBurstCapacity(int burstCapacity) {
			this.burstCapacity = burstCapacity;
			return this;
		}

	}

}
