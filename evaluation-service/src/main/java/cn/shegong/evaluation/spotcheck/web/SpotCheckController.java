package cn.shegong.evaluation.spotcheck.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.shegong.evaluation.evaluation.model.EvaluationIds;
import cn.shegong.evaluation.spotcheck.application.SpotChecks;
import cn.shegong.evaluation.spotcheck.model.SpotCheckRecord;
import cn.shegong.platform.security.Caller;

/** 年度抽查: a region's yearly draw, and its record for anyone who governs the region. */
@RestController
@RequestMapping("/api/evaluation/spot-checks")
class SpotCheckController {

	private final SpotChecks spotChecks;

	SpotCheckController(SpotChecks spotChecks) {
		this.spotChecks = spotChecks;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('admin', 'procurement-officer')")
	SpotCheckView draw(Caller caller, @Valid @RequestBody DrawRequest request) {
		return SpotCheckView.of(this.spotChecks.draw(caller, request.year(), request.regionCode()));
	}

	@GetMapping("/{year}/{regionCode}")
	@PreAuthorize("hasAnyRole('admin', 'procurement-officer', 'supervisor')")
	SpotCheckView read(Caller caller, @PathVariable int year, @PathVariable String regionCode) {
		return SpotCheckView.of(this.spotChecks.read(caller, year, regionCode));
	}

	record DrawRequest(@NotNull @Min(2000) @Max(2100) Integer year,
			@NotBlank @Pattern(regexp = "[0-9]{2,12}") String regionCode) {
	}

	/**
	 * @param sharePercent the least share drawn, e.g. {@code "30.00"}
	 * @param reproducible whether re-running the recorded seed over the recorded
	 * candidates gives the recorded choice
	 */
	record SpotCheckView(int year, String regionCode, String seed, String sharePercent, List<Candidate> eligible,
			List<Candidate> chosen, String drawnBy, Instant drawnAt, boolean reproducible) {

		static SpotCheckView of(SpotCheckRecord r) {
			int year = r.selection().year();
			return new SpotCheckView(year, r.selection().regionCode(), Long.toString(r.selection().seed()),
					BigDecimal.valueOf(r.selection().shareBasisPoints(), 2).toPlainString(),
					r.eligible().stream().map((e) -> Candidate.of(e, year)).toList(),
					r.chosen().stream().map((e) -> Candidate.of(e, year)).toList(), r.drawnBy(), r.drawnAt(),
					r.selection().isReproducible());
		}

	}

	/**
	 * @param evaluationId the spot check planned if the project is chosen
	 */
	record Candidate(String projectId, String contractId, String evaluationId) {

		static Candidate of(SpotCheckRecord.Eligible e, int year) {
			return new Candidate(e.projectId(), e.contractId(), EvaluationIds.spotCheck(e.contractId(), year));
		}

	}

}
