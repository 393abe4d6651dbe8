package cn.shegong.platform.security;

import java.util.Map;
import java.util.TreeSet;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/<service>/me}: who this service believes the caller is. It lets a
 * person or a test see exactly which roles and organisation a token carries once it has
 * crossed the gateway.
 */
@RestController
class IdentityController {

	@GetMapping("${shegong.security.api-prefix}/me")
	Map<String, Object> me(Caller caller) {
		return Map.of("subject", caller.subject(), "username", caller.username(), "roles",
				new TreeSet<>(caller.roles()), "agencyId", caller.agencyId().orElse(""), "evaluatorOrgId",
				caller.evaluatorOrgId().orElse(""), "region", caller.region().orElse(""));
	}

}
