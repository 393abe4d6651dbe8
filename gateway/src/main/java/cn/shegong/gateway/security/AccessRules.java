package cn.shegong.gateway.security;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The coarse door policy, from {@code application.yml}: which paths anyone may use, and
 * which realm roles may use each service's {@code /api/<service>/**}. The services
 * enforce the fine-grained rules themselves; this only keeps callers away from services
 * they have no business with.
 *
 * @param publicPaths paths open to anonymous callers (health, fallback, public APIs)
 * @param access realm roles per service, keyed by the service's path segment
 */
@ConfigurationProperties("shegong.gateway")
public record AccessRules(@DefaultValue List<String> publicPaths, @DefaultValue Map<String, List<String>> access) {

	String[] publicPathPatterns() {
		return this.publicPaths.toArray(String[]::new);
	}

}
