package cn.shegong.feedback.measure;

import java.time.LocalDate;
import java.util.UUID;

import cn.shegong.feedback.event.ContractAwarded;
import cn.shegong.feedback.event.ProjectPublished;
import cn.shegong.feedback.station.persistence.ServedProjects;

/**
 * Projects as feedback learns them from procurement's events, stored directly for tests
 * of what comes after.
 */
public final class ServedProjectsFixture {

	public static final String REGION = "330481";

	private ServedProjectsFixture() {
	}

	/**
	 * A station project in {@link #REGION} run by the agency from {@code termFrom} for
	 * two years.
	 * @return its project id
	 */
	public static String runBy(ServedProjects projects, String agencyId, LocalDate termFrom) {
		String projectId = "prj-" + UUID.randomUUID();
		LocalDate termTo = termFrom.plusYears(2);
		projects.published(new ProjectPublished(projectId, "buyer-haining", REGION, "马桥街道社工站", termFrom, termTo));
		projects.awarded(new ContractAwarded("ctr-" + projectId, projectId, agencyId, REGION, termFrom, termTo));
		return projectId;
	}

}
