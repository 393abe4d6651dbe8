package cn.shegong.talent.worker.application;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.platform.security.Caller;

/** The agency whose HR is calling: from the token, never from the request. */
public final class HrAgency {

	private HrAgency() {
	}

	public static String of(Caller caller) {
		return caller.agencyId()
			.orElseThrow(() -> ProblemException.forbidden("agency-hr-without-agency",
					"Agency HR must belong to an agency; the token carries no agency_id"));
	}

}
