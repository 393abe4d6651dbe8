package cn.shegong.feedback.station.web;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.shegong.feedback.station.application.Stations;
import cn.shegong.feedback.station.model.ServedProject;
import cn.shegong.feedback.station.poster.StationQrCode;
import cn.shegong.platform.security.Caller;

/**
 * Residents, without signing in, find the station they want to talk about: from the list
 * or from the code on the station's poster. Staff read a project's station code to print
 * it.
 */
@RestController
class StationController {

	private static final MediaType SVG = MediaType.valueOf("image/svg+xml");

	private final Stations stations;

	private final String formUrlTemplate;

	StationController(Stations stations, @Value("${shegong.feedback.station-poster.form-url}") String formUrlTemplate) {
		this.stations = stations;
		// Checked at start-up: a poster pointing nowhere would be printed by the
		// thousand.
		StationQrCode.formUrl(formUrlTemplate, "CHECK");
		this.formUrlTemplate = formUrlTemplate;
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

	/**
	 * The QR code for the station's poster, for the staff who may read the project: it
	 * opens the public form with the station's code.
	 */
	@GetMapping("/api/feedback/projects/{projectId}/station-qr.svg")
	@PreAuthorize("isAuthenticated()")
	ResponseEntity<String> stationQrCode(Caller caller, @PathVariable String projectId) {
		ServedProject project = this.stations.readable(caller, projectId);
		return ResponseEntity.ok()
			.contentType(SVG)
			.header("X-Station-Form-Url", StationQrCode.formUrl(this.formUrlTemplate, project.stationCode()))
			.body(StationQrCode.svg(StationQrCode.formUrl(this.formUrlTemplate, project.stationCode())));
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
