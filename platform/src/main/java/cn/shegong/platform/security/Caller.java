package cn.shegong.platform.security;

import java.util.Optional;
import java.util.Set;

/**
 * Who is asking, as the platform's sign-in vouches for them: realm roles, and the
 * organisation or region the person belongs to. Services decide what a caller may see
 * from this, never from anything the request body says.
 */
public record Caller(String subject, String username, Set<String> roles, Optional<String> agencyId,
		Optional<String> evaluatorOrgId, Optional<String> region) {

	public Caller {
		roles = Set.copyOf(roles);
	}

	public boolean hasRole(String role) {
		return this.roles.contains(role);
	}

	public boolean hasAnyRole(String... candidates) {
		for (String candidate : candidates) {
			if (hasRole(candidate)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the caller's region contains {@code regionCode}. A six-digit division code
	 * (GB/T 2260) names the largest unit its non-zero digit pairs reach, so 330400 (a
	 * city) contains 330481 (one of its counties); a nine-digit town code contains only
	 * itself and codes under it. A caller without a region governs nothing.
	 */
	public boolean governs(String regionCode) {
		return this.region.map((own) -> Jurisdiction.contains(own, regionCode)).orElse(false);
	}

}
