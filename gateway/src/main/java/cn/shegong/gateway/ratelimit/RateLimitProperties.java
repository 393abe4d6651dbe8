package cn.shegong.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The anonymous route's budget per client.
 *
 * @param replenishRate tokens (requests) a client regains per second
 * @param burstCapacity requests a client may make at once after being idle
 * @param maxClients buckets kept in memory; the longest-idle one goes beyond this
 */
@ConfigurationProperties("shegong.gateway.rate-limit")
public record RateLimitProperties(@DefaultValue("5") double replenishRate, @DefaultValue("20") int burstCapacity,
		@DefaultValue("10000") int maxClients) {

}
