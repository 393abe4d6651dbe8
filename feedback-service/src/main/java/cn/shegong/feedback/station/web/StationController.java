package cn.shegong.feedback.station.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.shegong.feedback.station.application.Stations;
import cn.shegong.feedback.station.model.ServedProject;
import cn.shegong.platform.security.Caller;

/**
 * Residents, without signing in, find the station they want to talk about: from the list
 * or from the code on the station's poster. Staff read a project's station code to print
 * it.
 */
@RestController
class StationController {

	private final Stations stations;

	StationController(Stations stations) {
		this.stations = stations;
	}

	@GetMapping("/api/feedback/public/projects")
	List<PublicProject> openToResidents() {
		return this.stations.openToResidents().stream().map(PublicProject::of).toList();
	}

	@GetMapping("/api/feedback/public/projects/{stationCodeOrProjectId}")
	PublicProject one(@PathVariable String stationCodeOrProjectId) {
		return PublicProject.of(this.stations.forResident(stationCodeOrProjectId));
	}

	@GetMapping("/api/feedback/projects/{projectId}")
	@PreAuthorize("isAuthenticated()")
	StaffProject forStaff(Caller caller, @PathVariable String projectId) {
		return StaffProject.of(this.stations.readable(caller, projectId));
	}

	/** What the public sees of a project: no agency, buyer or contract ids. */
	record PublicProject(String projectId, String stationCode, String title) {

		static PublicProject of(ServedProject project) {
			return new PublicProject(project.projectId(), project.stationCode(), project.displayTitle());
		}

	}

	record StaffProject(String projectId, String stationCode, String title, String buyerId, String regionCode,
			String agencyId, String contractId, String termFrom, String termTo) {

		static StaffProject of(ServedProject project) {
			return new StaffProject(project.projectId(), project.stationCode(), project.displayTitle(),
					project.buyerId(), project.regionCode(), project.agencyId().orElse(null),
					project.contractId().orElse(null), String.valueOf(project.termFrom()),
					String.valueOf(project.termTo()));
		}

	}

}
