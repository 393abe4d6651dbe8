package cn.shegong.gateway.problem;

import java.util.function.Consumer;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Writes a problem straight onto the response, for the places no controller reaches: the
 * security chain and the gateway's own filters.
 */
@Component
public class ProblemWriter {

	private final ProblemCatalog catalog;

	private final JsonMapper json;

	public ProblemWriter(ProblemCatalog catalog, JsonMapper json) {
		this.catalog = catalog;
		this.json = json;
	}

	public Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String rule, Object... detailArguments) {
		return write(exchange, this.catalog.problem(exchange, status, rule, detailArguments), (headers) -> {
		});
	}

	public Mono<Void> write(ServerWebExchange exchange, Problem problem, Consumer<HttpHeaders> extraHeaders) {
		ServerHttpResponse response = exchange.getResponse();
		if (response.isCommitted()) {
			// Part of another answer has gone out already; a second body would corrupt
			// it.
			return Mono.empty();
		}
		response.setStatusCode(HttpStatus.valueOf(problem.status()));
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		extraHeaders.accept(response.getHeaders());
		DataBuffer body = response.bufferFactory().wrap(this.json.writeValueAsBytes(problem));
		return response.writeWith(Mono.just(body));
	}

}
