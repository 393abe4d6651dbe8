package cn.shegong.platform.security;

import java.util.List;

/**
 * The realm roles of the Keycloak realm {@code shegong}
 * (deploy/keycloak/shegong-realm.json).
 */
public final class PlatformRoles {

	public static final String PROCUREMENT_OFFICER = "procurement-officer";

	public static final String AGENCY_STAFF = "agency-staff";

	public static final String AGENCY_HR = "agency-hr";

	public static final String EVALUATOR = "evaluator";

	public static final String SUPERVISOR = "supervisor";

	public static final String ADMIN = "admin";

	public static final List<String> ALL = List.of(PROCUREMENT_OFFICER, AGENCY_STAFF, AGENCY_HR, EVALUATOR, SUPERVISOR,
			ADMIN);

	private PlatformRoles() {
	}

}
