package cn.shegong.procurement.registry.web;

import java.net.URI;
import java.time.LocalDate;

import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.shegong.platform.security.Caller;
import cn.shegong.procurement.registry.application.AgencyRegistry;
import cn.shegong.procurement.registry.persistence.StoredAgency;

/**
 * {@code /api/procurement/agencies}: the agencies the registry records, their grade and
 * credit standing, and whether they may bid on a day. A change carries the
 * {@code version} the client read; a stale one is refused.
 */
@RestController
@RequestMapping("/api/procurement/agencies")
class AgencyController {

	private final AgencyRegistry registry;

	AgencyController(AgencyRegistry registry) {
		this.registry = registry;
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('procurement-officer', 'admin')")
	ResponseEntity<AgencyResponse> register(@Valid @RequestBody RegisterAgencyRequest request) {
		StoredAgency stored = this.registry.register(request.name(), request.unifiedSocialCreditCode(),
				java.util.Optional.ofNullable(request.agencyId()));
		return ResponseEntity.created(URI.create("/api/procurement/agencies/" + stored.agency().id()))
			.body(view(stored));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('procurement-officer', 'supervisor', 'admin', 'agency-staff')")
	AgencyResponse read(Caller caller, @PathVariable String id) {
		return view(this.registry.read(caller, id));
	}

	@PutMapping("/{id}/grade")
	@PreAuthorize("hasAnyRole('procurement-officer', 'admin')")
	AgencyResponse recordGrade(Caller caller, @PathVariable String id, @Valid @RequestBody GradeRequest request) {
		return view(this.registry.recordGrade(caller, id, request.toAssessment(), request.version()));
	}

	@PutMapping("/{id}/credit-status")
	@PreAuthorize("hasAnyRole('procurement-officer', 'admin')")
	AgencyResponse changeCreditStatus(Caller caller, @PathVariable String id,
			@Valid @RequestBody CreditStatusRequest request) {
		return view(this.registry.changeCreditStatus(caller, id, request.status(), request.reason().strip(),
				request.version()));
	}

	@GetMapping("/{id}/eligibility")
	@PreAuthorize("hasAnyRole('procurement-officer', 'agency-staff')")
	EligibilityResponse eligibility(Caller caller, @PathVariable String id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
		LocalDate day = (on != null) ? on : this.registry.today();
		return EligibilityResponse.of(this.registry.eligibility(caller, id, day));
	}

	private AgencyResponse view(StoredAgency stored) {
		return AgencyResponse.of(stored, this.registry.today());
	}

}
