package cn.shegong.gateway.security;

import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.WebFilter;

/**
 * Two doors. {@code /api/**} is for programs: bearer tokens (or the session of a
 * signed-in browser, whose token {@code TokenRelay} forwards), coarse role checks, and
 * 401/403 as problem JSON, never a login redirect. Everything else is for people in
 * browsers: sign-in with Keycloak (authorization code with PKCE) and a session.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

	@Bean
	@Order(1)
	SecurityWebFilterChain apiChain(ServerHttpSecurity http, AccessRules rules, SecurityProblems problems) {
		http.securityMatcher(ServerWebExchangeMatchers.pathMatchers("/api/**"))
			.authorizeExchange((exchanges) -> admitByRole(exchanges, rules))
			.oauth2ResourceServer((resourceServer) -> resourceServer
				.jwt((jwt) -> jwt.jwtAuthenticationConverter(realmRolesConverter()))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			// An API call that was refused is not replayed after a login.
			.requestCache((cache) -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens())
				.csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
				.requireCsrfProtectionMatcher(new SessionCsrfMatcher())
				.accessDeniedHandler(problems));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityWebFilterChain browserChain(ServerHttpSecurity http, AccessRules rules,
			ReactiveClientRegistrationRepository registrations) {
		http.authorizeExchange((exchanges) -> exchanges.pathMatchers(rules.publicPathPatterns())
			.permitAll()
			.anyExchange()
			.authenticated())
			.oauth2Login((login) -> login.authorizationRequestResolver(pkceAuthorizationRequests(registrations)))
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens())
				.csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler()))
			.addFilterAfter(csrfCookieWriter(), SecurityWebFiltersOrder.CSRF);
		return http.build();
	}

	/**
	 * The authorized clients (the users' Keycloak tokens) live in their sessions, so they
	 * go when the session goes instead of piling up in a map.
	 */
	@Bean
	ServerOAuth2AuthorizedClientRepository authorizedClientRepository() {
		return new WebSessionServerOAuth2AuthorizedClientRepository();
	}

	private static void admitByRole(ServerHttpSecurity.AuthorizeExchangeSpec exchanges, AccessRules rules) {
		exchanges.pathMatchers(rules.publicPathPatterns()).permitAll();
		rules.access()
			.forEach((service, roles) -> exchanges.pathMatchers("/api/" + service + "/**")
				.hasAnyRole(roles.toArray(String[]::new)));
		// A path no service owns is closed, so a new service is never open by accident.
		exchanges.anyExchange().denyAll();
	}

	private static ReactiveJwtAuthenticationConverterAdapter realmRolesConverter() {
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter((jwt) -> KeycloakRealmRoles.authoritiesOf(jwt.getClaims()));
		return new ReactiveJwtAuthenticationConverterAdapter(converter);
	}

	/**
	 * {@code gateway} is a confidential client, and PKCE still protects its code from
	 * interception. Spring Security 7 already uses PKCE for every client by default
	 * ({@code ClientSettings.requireProofKey}); asking for it here keeps it if that
	 * default or a registration setting ever changes.
	 */
	private static ServerOAuth2AuthorizationRequestResolver pkceAuthorizationRequests(
			ReactiveClientRegistrationRepository registrations) {
		DefaultServerOAuth2AuthorizationRequestResolver resolver = new DefaultServerOAuth2AuthorizationRequestResolver(
				registrations);
		resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
		return resolver;
	}

	/**
	 * The CSRF token sits in a cookie that the platform's pages read and echo in
	 * {@code X-XSRF-TOKEN}; it proves the request came from a page of our origin.
	 */
	private static CookieServerCsrfTokenRepository csrfTokens() {
		return CookieServerCsrfTokenRepository.withHttpOnlyFalse();
	}

	/**
	 * The token is created lazily; asking for it on browser pages makes sure the cookie
	 * is written before the pages call the API. API responses do not set it.
	 */
	private static WebFilter csrfCookieWriter() {
		return (exchange, chain) -> exchange
			.<Mono<CsrfToken>>getAttributeOrDefault(CsrfToken.class.getName(), Mono.empty())
			.then(chain.filter(exchange));
	}

}
