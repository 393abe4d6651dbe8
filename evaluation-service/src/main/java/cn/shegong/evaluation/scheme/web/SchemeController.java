package cn.shegong.evaluation.scheme.web;

import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.shegong.evaluation.scheme.application.SchemeCatalog;
import cn.shegong.evaluation.scheme.model.IndicatorScheme;
import cn.shegong.evaluation.scheme.model.SchemeDraft;
import cn.shegong.evaluation.scheme.persistence.StoredScheme;

/**
 * Indicator schemes: every signed-in staff member reads them (an agency should know what
 * it is scored on); only an admin publishes a new version.
 */
@RestController
class SchemeController {

	private final SchemeCatalog catalog;

	SchemeController(SchemeCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/api/evaluation/schemes")
	@PreAuthorize("isAuthenticated()")
	List<SchemeSummary> all() {
		return this.catalog.all().stream().map(SchemeSummary::of).toList();
	}

	@GetMapping("/api/evaluation/schemes/{schemeId}/versions/{version}")
	@PreAuthorize("isAuthenticated()")
	SchemeVersionResponse version(@PathVariable String schemeId, @PathVariable int version) {
		StoredScheme scheme = this.catalog.scheme(schemeId);
		return SchemeVersionResponse.of(scheme.history().version(version), scheme.publishedAt(version));
	}

	@PostMapping("/api/evaluation/schemes/{schemeId}/versions")
	@PreAuthorize("hasRole('admin')")
	@ResponseStatus(HttpStatus.CREATED)
	SchemeVersionResponse publish(@PathVariable String schemeId, @Valid @RequestBody PublishRequest request) {
		SchemeDraft draft = new SchemeDraft(schemeId, request.name(), SchemeJson.toSettings(request.settings()),
				SchemeJson.toIndicators(request.indicators()));
		OptionalInt editedFrom = (request.editedFromVersion() != null) ? OptionalInt.of(request.editedFromVersion())
				: OptionalInt.empty();
		StoredScheme published = this.catalog.publish(draft, editedFrom);
		IndicatorScheme latest = published.history().latest();
		return SchemeVersionResponse.of(latest, published.publishedAt(latest.version()));
	}

	/**
	 * @param editedFromVersion the version the edit started from (0 for a new scheme);
	 * when given, publishing after someone else published meanwhile is refused with 409
	 * stale-version instead of silently building on a version the editor never saw
	 */
	record PublishRequest(@NotBlank @Size(max = 200) String name, @NotNull @Valid SettingsJson settings,
			@NotEmpty List<@NotNull @Valid IndicatorJson> indicators, @PositiveOrZero Integer editedFromVersion) {

	}

	record SchemeVersionResponse(String schemeId, int version, String name, Instant publishedAt, SettingsJson settings,
			List<IndicatorJson> indicators) {

		static SchemeVersionResponse of(IndicatorScheme scheme, Instant publishedAt) {
			return new SchemeVersionResponse(scheme.id(), scheme.version(), scheme.name(), publishedAt,
					SchemeJson.settingsOf(scheme.settings()), SchemeJson.indicatorsOf(scheme.roots()));
		}

	}

	record SchemeSummary(String schemeId, String name, int latestVersion, List<VersionSummary> versions) {

		static SchemeSummary of(StoredScheme scheme) {
			IndicatorScheme latest = scheme.history().latest();
			List<VersionSummary> versions = IntStream.rangeClosed(1, latest.version())
				.mapToObj((version) -> new VersionSummary(version, scheme.history().version(version).name(),
						scheme.publishedAt(version)))
				.toList();
			return new SchemeSummary(scheme.history().schemeId(), latest.name(), latest.version(), versions);
		}

	}

	record VersionSummary(int version, String name, Instant publishedAt) {

	}

}
