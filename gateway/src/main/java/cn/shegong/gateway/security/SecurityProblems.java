package cn.shegong.gateway.security;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import cn.shegong.gateway.problem.ProblemCatalog;
import cn.shegong.gateway.problem.ProblemWriter;

/**
 * Answers 401 and 403 on {@code /api/**} as problem JSON. An API client cannot follow a
 * redirect to a login page, so it is told plainly what is missing.
 */
@Component
class SecurityProblems implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

	private final ProblemCatalog catalog;

	private final ProblemWriter writer;

	SecurityProblems(ProblemCatalog catalog, ProblemWriter writer) {
		this.catalog = catalog;
		this.writer = writer;
	}

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
		return this.writer.write(exchange, this.catalog.problem(exchange, HttpStatus.UNAUTHORIZED, "unauthenticated"),
				(headers) -> headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
		return this.writer.write(exchange, HttpStatus.FORBIDDEN, "forbidden");
	}

}
