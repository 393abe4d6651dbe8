package cn.shegong.procurement.project.web;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.shegong.platform.security.Caller;
import cn.shegong.procurement.catalogue.model.CatalogueCode;
import cn.shegong.procurement.project.application.ProjectUseCases;
import cn.shegong.procurement.project.persistence.ProjectStore;

/**
 * Projects of a buyer, from draft to published. Changes carry the version they were made
 * on.
 */
@RestController
@RequestMapping("/api/procurement/projects")
class ProjectController {

	private final ProjectUseCases projects;

	ProjectController(ProjectUseCases projects) {
		this.projects = projects;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('procurement-officer')")
	ProjectView draft(Caller caller, @Valid @RequestBody ProjectRequests.DraftProject request) {
		return view(this.projects.draft(caller, request));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('procurement-officer', 'supervisor', 'admin')")
	ProjectView read(Caller caller, @PathVariable String id) {
		return view(this.projects.read(caller, id));
	}

	@PostMapping("/{id}/budget-approval")
	@PreAuthorize("hasRole('procurement-officer')")
	ProjectView approveBudget(Caller caller, @PathVariable String id,
			@Valid @RequestBody ProjectRequests.VersionedChange change) {
		return view(this.projects.approveBudget(caller, id, change.version()));
	}

	@PutMapping("/{id}/catalogue-code")
	@PreAuthorize("hasRole('procurement-officer')")
	ProjectView assignCatalogueCode(Caller caller, @PathVariable String id,
			@Valid @RequestBody ProjectRequests.CatalogueCodeChange change) {
		return view(this.projects.assignCatalogueCode(caller, id, CatalogueCode.of(change.catalogueCode()),
				change.version()));
	}

	@PostMapping("/{id}/publication")
	@PreAuthorize("hasRole('procurement-officer')")
	ProjectView publish(Caller caller, @PathVariable String id,
			@Valid @RequestBody ProjectRequests.VersionedChange change) {
		return view(this.projects.publish(caller, id, change.version()));
	}

	private ProjectView view(ProjectStore.Versioned versioned) {
		return ProjectView.of(versioned, this.projects.fundingSplitOf(versioned.project()));
	}

}
