package cn.shegong.gateway.security;

import java.util.LinkedHashSet;
import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.stereotype.Component;

/**
 * Gives a browser session the same roles a bearer token would have. Keycloak puts realm
 * roles into the access token, not the ID token, so the access token is decoded (and
 * checked, with the same decoder as API calls) and its roles are added to the signed-in
 * user. Spring Security picks this bean up for {@code oauth2Login} by its type.
 */
@Component
class KeycloakOidcUserService implements ReactiveOAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcReactiveOAuth2UserService standard = new OidcReactiveOAuth2UserService();

	private final ReactiveJwtDecoder accessTokens;

	KeycloakOidcUserService(ReactiveJwtDecoder accessTokens) {
		this.accessTokens = accessTokens;
	}

	@Override
	public Mono<OidcUser> loadUser(OidcUserRequest request) {
		return this.standard.loadUser(request)
			.zipWith(this.accessTokens.decode(request.getAccessToken().getTokenValue()))
			.map((userAndToken) -> {
				OidcUser user = userAndToken.getT1();
				Set<GrantedAuthority> authorities = new LinkedHashSet<>(user.getAuthorities());
				authorities.addAll(KeycloakRealmRoles.authoritiesOf(userAndToken.getT2().getClaims()));
				return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(),
						nameAttribute(request, user));
			});
	}

	private static String nameAttribute(OidcUserRequest request, OidcUser user) {
		String configured = request.getClientRegistration()
			.getProviderDetails()
			.getUserInfoEndpoint()
			.getUserNameAttributeName();
		// A user without the configured attribute must still be able to sign in.
		return (configured != null && user.getAttributes().containsKey(configured)) ? configured
				: IdTokenClaimNames.SUB;
	}

}
