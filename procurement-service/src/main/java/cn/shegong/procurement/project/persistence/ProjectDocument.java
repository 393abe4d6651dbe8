package cn.shegong.procurement.project.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.shegong.platform.outbox.PendingEvent;
import cn.shegong.procurement.catalogue.model.CatalogueCode;
import cn.shegong.procurement.project.model.Milestone;
import cn.shegong.procurement.project.model.Project;
import cn.shegong.procurement.project.model.Project.ProjectDefinition;
import cn.shegong.procurement.project.model.ProjectStatus;

/**
 * A project as stored: its definition, state, version for optimistic locking, and the
 * events its last change caused, written together in one document so none can be lost.
 */
@Document(ProjectDocument.COLLECTION)
public class ProjectDocument {

	public static final String COLLECTION = "projects";

	@Id
	private String id;

	@Version
	private Long version;

	private ProjectDefinition definition;

	private List<Milestone> milestones;

	private String catalogueCode;

	private String budgetApprovedBy;

	private ProjectStatus status;

	private List<PendingEvent> outbox = new ArrayList<>();

	ProjectDocument() {
	}

	static ProjectDocument of(Project project, Long version, List<PendingEvent> outbox) {
		ProjectDocument document = new ProjectDocument();
		document.id = project.id();
		document.version = version;
		document.definition = project.definition();
		document.milestones = project.milestones();
		document.catalogueCode = project.catalogueCode().map(CatalogueCode::value).orElse(null);
		document.budgetApprovedBy = project.budgetApprovedBy().orElse(null);
		document.status = project.status();
		document.outbox = new ArrayList<>(outbox);
		return document;
	}

	Project toProject() {
		return new Project(this.definition, this.milestones,
				Optional.ofNullable(this.catalogueCode).map(CatalogueCode::of),
				Optional.ofNullable(this.budgetApprovedBy), this.status);
	}

	public String getId() {
		return this.id;
	}

	public Long getVersion() {
		return this.version;
	}

}
