package cn.shegong.gateway.security;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.server.csrf.CsrfWebFilter;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;

/**
 * Decides which API requests need a CSRF token. Forgery works by riding on a credential
 * the browser sends by itself: the session cookie. A request that carries
 * {@code Authorization: Bearer} was built deliberately by a program, and one without a
 * session has no credential to ride on (anonymous residents' feedback), so only unsafe
 * requests that come with an existing session must prove they come from our pages.
 */
final class SessionCsrfMatcher implements ServerWebExchangeMatcher {

	@Override
	public Mono<MatchResult> matches(ServerWebExchange exchange) {
		if (carriesBearerToken(exchange)) {
			return MatchResult.notMatch();
		}
		return CsrfWebFilter.DEFAULT_CSRF_MATCHER.matches(exchange)
			.filter(MatchResult::isMatch)
			.flatMap((unsafe) -> exchange.getSession())
			.filter(WebSession::isStarted)
			.flatMap((session) -> MatchResult.match())
			.switchIfEmpty(MatchResult.notMatch());
	}

	static boolean carriesBearerToken(ServerWebExchange exchange) {
		String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
		return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
	}

}
