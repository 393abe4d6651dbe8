package cn.shegong.feedback.station.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Feedback's own copy of a purchased project: what residents pick when they answer a
 * survey or file a ticket, and whose agency and buyer the feedback goes to. It learns the
 * project from {@code procurement.ProjectPublished} and the agency from
 * {@code procurement.ContractAwarded}, in whichever order they arrive.
 *
 * @param stationCode the short code printed (as a QR code) at the station
 */
public record ServedProject(String projectId, String stationCode, String buyerId, String regionCode, String title,
		LocalDate termFrom, LocalDate termTo, Optional<String> contractId, Optional<String> agencyId) {

	public ServedProject {
		if (projectId == null || projectId.isBlank() || stationCode == null || contractId == null || agencyId == null) {
			throw new IllegalArgumentException("a served project needs an id, a station code and its award state");
		}
	}

	/**
	 * Residents are heard about a project once an agency runs it and until its term is
	 * over: before the award nobody could answer them.
	 */
	public boolean isOpenForFeedbackOn(LocalDate day) {
		return this.agencyId.isPresent() && this.termFrom != null && this.termTo != null && !day.isBefore(this.termFrom)
				&& !day.isAfter(this.termTo);
	}

	/** The title residents see; a project known only from its award shows its id. */
	public String displayTitle() {
		return (this.title != null) ? this.title : this.projectId;
	}

}
