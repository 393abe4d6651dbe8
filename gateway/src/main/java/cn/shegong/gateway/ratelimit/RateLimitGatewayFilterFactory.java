package cn.shegong.gateway.ratelimit;

import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.OrderedGatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.HasRouteId;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import cn.shegong.gateway.problem.Problem;
import cn.shegong.gateway.problem.ProblemCatalog;
import cn.shegong.gateway.problem.ProblemWriter;

/**
 * The {@code RateLimit} route filter. Spring Cloud Gateway's own
 * {@code RequestRateLimiter} answers 429 with an empty body; this one answers problem
 * JSON with {@code Retry-After}, like every other refusal of the platform. It asks
 * whichever {@link RateLimiter} bean the route names ({@code rate-limiter:
 * "#{@beanName}"}), so the in-memory limiter and Redis's are interchangeable.
 */
@Component
public class RateLimitGatewayFilterFactory extends AbstractGatewayFilterFactory<RateLimitGatewayFilterFactory.Config> {

	/**
	 * Before {@code AdaptCachedBodyGlobalFilter} (highest precedence + 1000), which reads
	 * the whole body into memory for a possible fallback: a refused client's body is
	 * never read.
	 */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 900;

	private static final String UNKNOWN_CLIENT = "unknown-client";

	private final ObjectProvider<RateLimiter<?>> rateLimiters;

	private final ObjectProvider<KeyResolver> keyResolvers;

	private final ProblemCatalog catalog;

	private final ProblemWriter writer;

	public RateLimitGatewayFilterFactory(ObjectProvider<RateLimiter<?>> rateLimiters,
			ObjectProvider<KeyResolver> keyResolvers, ProblemCatalog catalog, ProblemWriter writer) {
		super(Config.class);
		this.rateLimiters = rateLimiters;
		this.keyResolvers = keyResolvers;
		this.catalog = catalog;
		this.writer = writer;
	}

	@Override
	public GatewayFilter apply(Config config) {
		RateLimiter<?> limiter = (config.getRateLimiter() != null) ? config.getRateLimiter()
				: this.rateLimiters.getObject();
		KeyResolver keys = (config.getKeyResolver() != null) ? config.getKeyResolver() : this.keyResolvers.getObject();
		return new OrderedGatewayFilter((exchange, chain) -> keys.resolve(exchange)
			.defaultIfEmpty(UNKNOWN_CLIENT)
			.flatMap((key) -> limiter.isAllowed(routeIdOf(config, exchange), key))
			.flatMap((verdict) -> {
				copyHeaders(verdict.getHeaders(), exchange);
				return verdict.isAllowed() ? chain.filter(exchange) : tooManyRequests(exchange);
			}), ORDER);
	}

	private Mono<Void> tooManyRequests(ServerWebExchange exchange) {
		HttpHeaders headers = exchange.getResponse().getHeaders();
		// A limiter that does not say when to come back (Redis's) still gets an answer.
		String retryAfter = (headers.getFirst(HttpHeaders.RETRY_AFTER) != null)
				? headers.getFirst(HttpHeaders.RETRY_AFTER) : "1";
		Problem problem = this.catalog.problem(exchange, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", retryAfter);
		return this.writer.write(exchange, problem, (sent) -> sent.set(HttpHeaders.RETRY_AFTER, retryAfter));
	}

	private static void copyHeaders(Map<String, String> limiterHeaders, ServerWebExchange exchange) {
		limiterHeaders.forEach(exchange.getResponse().getHeaders()::set);
	}

	private static String routeIdOf(Config config, ServerWebExchange exchange) {
		if (config.getRouteId() != null) {
			return config.getRouteId();
		}
		Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
		return (route != null) ? route.getId() : "unrouted";
	}

	/**
	 * Bound from the route's filter arguments; SpEL ({@code #{@bean}}) picks the beans.
	 */
	public static class Config implements HasRouteId {

		private RateLimiter<?> rateLimiter;

		private KeyResolver keyResolver;

		private String routeId;

		public RateLimiter<?> getRateLimiter() {
			return this.rateLimiter;
		}

		public Config setRateLimiter(RateLimiter<?> rateLimiter) {
			this.rateLimiter = rateLimiter;
			return this;
		}

		public KeyResolver getKeyResolver() {
			return this.keyResolver;
		}

		public Config setKeyResolver(KeyResolver keyResolver) {
			this.keyResolver = keyResolver;
			return this;
		}

		@Override
		public String getRouteId() {
			return this.routeId;
		}

		@Override
		public void setRouteId(String routeId) {
			this.routeId = routeId;
		}

	}

}
