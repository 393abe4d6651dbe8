package cn.shegong.gateway.requestid;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Gives every request its id before anything else runs (security refusals included), so
 * the id is on the proxied request, on the response and in the one access line logged per
 * request. A {@link WebFilter} rather than a gateway filter because requests that never
 * reach a route (401, 403, the fallback) need an id too.
 */
@Component
public class RequestIdWebFilter implements WebFilter, Ordered {

	private static final Logger log = LoggerFactory.getLogger("cn.shegong.gateway.access");

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String requestId = RequestIds.acceptOrCreate(exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER));
		exchange.getAttributes().put(RequestIds.ATTRIBUTE, requestId);
		ServerHttpRequest request = exchange.getRequest()
			.mutate()
			.headers((headers) -> headers.set(RequestIds.HEADER, requestId))
			.build();
		// Set late, so a backend's own copy of the header cannot replace it.
		exchange.getResponse().beforeCommit(() -> {
			exchange.getResponse().getHeaders().set(RequestIds.HEADER, requestId);
			return Mono.empty();
		});
		long started = System.nanoTime();
		return chain.filter(exchange.mutate().request(request).build())
			.doFinally((signal) -> logAccess(exchange, requestId, started));
	}

	private static void logAccess(ServerWebExchange exchange, String requestId, long started) {
		HttpStatusCode status = exchange.getResponse().getStatusCode();
		Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
		// ECS field names where ECS has one, so the structured (ECS) log needs no
		// mapping.
		log.atInfo()
			.addKeyValue("requestId", requestId)
			.addKeyValue("http.request.method", exchange.getRequest().getMethod().name())
			.addKeyValue("url.path", exchange.getRequest().getPath().value())
			.addKeyValue("http.response.status_code", (status != null) ? status.value() : 0)
			.addKeyValue("event.duration", System.nanoTime() - started)
			.addKeyValue("gateway.route", (route != null) ? route.getId() : "-")
			.log("{} {} -> {}", exchange.getRequest().getMethod().name(), exchange.getRequest().getPath().value(),
					(status != null) ? status.value() : "-");
	}

}
