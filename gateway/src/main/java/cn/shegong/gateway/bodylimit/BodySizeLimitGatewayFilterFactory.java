package cn.shegong.gateway.bodylimit;

import java.util.concurrent.atomic.AtomicLong;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.OrderedGatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;

import cn.shegong.gateway.problem.ProblemWriter;

/**
 * The {@code BodySizeLimit} route filter: 413 problem JSON for a body over the limit. A
 * declared {@code Content-Length} is refused before anything is read; a chunked body is
 * counted as it streams and refused once it passes the limit. Without it, the circuit
 * breaker's fallback support would buffer an anonymous caller's body of any size in
 * memory.
 */
@Component
public class BodySizeLimitGatewayFilterFactory
		extends AbstractGatewayFilterFactory<BodySizeLimitGatewayFilterFactory.Config> {

	/**
	 * Before {@code AdaptCachedBodyGlobalFilter} (highest precedence + 1000), which reads
	 * the body into memory, and before the rate limiter, since refusing by the header
	 * costs nothing.
	 */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 800;

	private final BodyLimitProperties defaults;

	private final ProblemWriter problems;

	public BodySizeLimitGatewayFilterFactory(BodyLimitProperties defaults, ProblemWriter problems) {
		super(Config.class);
		this.defaults = defaults;
		this.problems = problems;
	}

	@Override
	public GatewayFilter apply(Config config) {
		long maxBytes = ((config.getMaxSize() != null) ? config.getMaxSize() : this.defaults.publicMaxBodyBytes())
			.toBytes();
		return new OrderedGatewayFilter((exchange, chain) -> {
			if (exchange.getRequest().getHeaders().getContentLength() > maxBytes) {
				return tooLarge(exchange, maxBytes);
			}
			ServerHttpRequest counted = new CountedBodyRequest(exchange.getRequest(), maxBytes);
			return chain.filter(exchange.mutate().request(counted).build())
				.onErrorResume(BodyTooLargeException.class, (tooLarge) -> tooLarge(exchange, maxBytes));
		}, ORDER);
	}

	private Mono<Void> tooLarge(ServerWebExchange exchange, long maxBytes) {
		return this.problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", maxBytes);
	}

	private static final class CountedBodyRequest extends ServerHttpRequestDecorator {

		private final long maxBytes;

		CountedBodyRequest(ServerHttpRequest delegate, long maxBytes) {
			super(delegate);
			this.maxBytes = maxBytes;
		}

		@Override
		public Flux<DataBuffer> getBody() {
			AtomicLong seen = new AtomicLong();
			return super.getBody().map((buffer) -> {
				if (seen.addAndGet(buffer.readableByteCount()) > this.maxBytes) {
					DataBufferUtils.release(buffer);
					throw new BodyTooLargeException();
				}
				return buffer;
			});
		}

	}

	private static final class BodyTooLargeException extends RuntimeException {

		BodyTooLargeException() {
			super("request body over the limit", null, false, false);
		}

	}

	/** Bound from the route's filter arguments. */
	public static class Config {

		private DataSize maxSize;

		public DataSize getMaxSize() {
			return this.maxSize;
		}

		public void setMaxSize(DataSize maxSize) {
			this.maxSize = maxSize;
		}

	}

}
