package cn.shegong.procurement.project.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.procurement.budget.model.ProjectBudget;
import cn.shegong.procurement.catalogue.model.CatalogueCode;
import cn.shegong.procurement.payment.model.PaymentSchedule;
import cn.shegong.procurement.staffing.model.StaffingRequirement;

/**
 * A service project of a buyer (项目): what is bought, for whom, for how much and how long.
 * It may enter procurement only with a catalogue code and an approved budget [NAT
 * 财政部令第102号 art 14]; until then it is a draft that can still be changed.
 */
public final class Project {

	private final ProjectDefinition definition;

	private final List<Milestone> milestones;

	private Optional<CatalogueCode> catalogueCode;

	private Optional<String> budgetApprovedBy;

	private ProjectStatus status;

	public Project(ProjectDefinition definition, List<Milestone> milestones, Optional<CatalogueCode> catalogueCode,
			Optional<String> budgetApprovedBy, ProjectStatus status) {
		this.definition = definition;
		this.milestones = List.copyOf(milestones);
		this.catalogueCode = catalogueCode;
		this.budgetApprovedBy = budgetApprovedBy;
		this.status = status;
	}

	/**
	 * A new draft; its milestones follow from its term unless the definition brings its
	 * own.
	 */
	public static Project draft(ProjectDefinition definition, Optional<CatalogueCode> catalogueCode, TermRules rules) {
		return new Project(definition, MilestonePlan.defaultFor(definition.term(), rules), catalogueCode,
				Optional.empty(), ProjectStatus.DRAFT);
	}

	public void assignCatalogueCode(CatalogueCode code) {
		requireDraft("assign a catalogue code");
		this.catalogueCode = Optional.of(code);
	}

	/**
	 * The finance side's approval of the budget, by whom; required before procurement.
	 */
	public void approveBudget(String approvedBy) {
		requireDraft("approve the budget");
		this.budgetApprovedBy = Optional.of(approvedBy);
	}

	public ProjectPublished publish() {
		requireDraft("publish it");
		CatalogueCode code = this.catalogueCode
			.orElseThrow(() -> ProblemException.ruleViolated("project-without-catalogue-code",
					"Project " + id() + " needs a catalogue code before it can enter procurement (财政部令第102号 art 14)"));
		if (this.budgetApprovedBy.isEmpty()) {
			throw ProblemException.ruleViolated("budget-not-approved",
					"Project " + id() + " needs an approved budget before it can enter procurement (财政部令第102号 art 14)");
		}
		this.status = ProjectStatus.PUBLISHED;
		ProjectDefinition d = this.definition;
		return new ProjectPublished(id(), d.buyerId(), d.regionCode(), code.value(), d.projectType(), d.title(),
				d.budget().total().fen(), d.term().from(), d.term().to());
	}

	private void requireDraft(String action) {
		if (this.status != ProjectStatus.DRAFT) {
			throw ProblemException.conflict("project-already-published",
					"Project " + id() + " is already in procurement; cannot " + action);
		}
	}

	public String id() {
		return this.definition.id();
	}

	public ProjectDefinition definition() {
		return this.definition;
	}

	public List<Milestone> milestones() {
		return this.milestones;
	}

	public Optional<CatalogueCode> catalogueCode() {
		return this.catalogueCode;
	}

	public Optional<String> budgetApprovedBy() {
		return this.budgetApprovedBy;
	}

	public ProjectStatus status() {
		return this.status;
	}

	/**
	 * Everything a buyer decides when drafting a project. The budget must already conform
	 * to the budget rules and the term to the term rules: both are checked when they are
	 * built.
	 */
	public record ProjectDefinition(String id, String buyerId, String regionCode, String title, ProjectType projectType,
			String serviceArea, Set<String> targetGroups, ProjectBudget budget, ContractTerm term,
			StaffingRequirement staffingRequirement, PerformanceTargets targets, PaymentSchedule paymentSchedule) {

		public ProjectDefinition {
			if (title == null || title.isBlank()) {
				throw ProblemException.ruleViolated("required-text-missing", "A project needs a title");
			}
			targetGroups = Set.copyOf(targetGroups);
		}

	}

}
