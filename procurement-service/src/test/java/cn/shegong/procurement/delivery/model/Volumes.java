package cn.shegong.procurement.delivery.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** Service volumes and reports for tests: a quarter of a Maqiao station's work. */
final class Volumes {

	private Volumes() {
	}

	/** 64% of 1260 hours in the community, 6 resources linked: on target. */
	static ServiceVolume quarter() {
		return withShareAndResources(6_400, 6);
	}

	static ServiceVolume withShareAndResources(int communityHoursShareBp, int resourcesLinked) {
		return new ServiceVolume(14, 9, 4, 11, Map.of("ELDERLY", 320, "CHILDREN", 145), 1_260, communityHoursShareBp,
				resourcesLinked);
	}

	static ProgressReport report(String id, LocalDate from, LocalDate to) {
		return report(id, from, to, quarter());
	}

	static ProgressReport report(String id, LocalDate from, LocalDate to, ServiceVolume volume) {
		return new ProgressReport(id, new ReportingPeriod(from, to), volume, "staff-agency-maqiao",
				Instant.parse("2027-04-02T02:00:00Z"));
	}

}
