package cn.shegong.procurement.project.application;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import cn.shegong.platform.outbox.Outbox;
import cn.shegong.platform.problem.ProblemException;
import cn.shegong.platform.security.Caller;
import cn.shegong.procurement.access.Jurisdiction;
import cn.shegong.procurement.audit.AuditLog;
import cn.shegong.procurement.budget.model.BudgetRules;
import cn.shegong.procurement.budget.model.FundingSplit;
import cn.shegong.procurement.budget.model.TownSubsidyLedger;
import cn.shegong.procurement.budget.model.TownSubsidyLedger.PlannedSpend;
import cn.shegong.procurement.catalogue.model.CatalogueCode;
import cn.shegong.procurement.event.ProcurementEvents;
import cn.shegong.procurement.project.model.Project;
import cn.shegong.procurement.project.model.Project.ProjectDefinition;
import cn.shegong.procurement.project.model.ProjectPublished;
import cn.shegong.procurement.project.model.TermRules;
import cn.shegong.procurement.project.persistence.ProjectStore;
import cn.shegong.procurement.project.persistence.ProjectStore.Versioned;
import cn.shegong.procurement.staffing.model.StaffingRequirement;

/**
 * Drafting a project, approving its budget, giving it a catalogue code, and publishing it
 * into procurement.
 */
@Service
public class ProjectUseCases {

	private final ProjectStore store;

	private final Outbox outbox;

	private final TermRules termRules;

	private final BudgetRules budgetRules;

	private final StaffingRequirement defaultStaffing;

	ProjectUseCases(ProjectStore store, Outbox outbox, TermRules termRules, BudgetRules budgetRules,
			StaffingRequirement defaultStaffing) {
		this.store = store;
		this.outbox = outbox;
		this.termRules = termRules;
		this.budgetRules = budgetRules;
		this.defaultStaffing = defaultStaffing;
	}

	public Versioned draft(Caller caller, DraftCommand command) {
		String region = Jurisdiction.regionOf(caller).code();
		ProjectDefinition definition = command.definition("prj-" + UUID.randomUUID(), region,
				new DraftRules(this.termRules, this.budgetRules, this.defaultStaffing));
		requireMayChange(caller, definition.regionCode(), definition.id());
		Project project = Project.draft(definition, command.requestedCatalogueCode(), this.termRules);
		return new Versioned(project, this.store.insert(project));
	}

	public Versioned read(Caller caller, String id) {
		Versioned found = this.store.find(id).orElseThrow(() -> notFound(id));
		if (!Jurisdiction.mayRead(caller, found.project().definition().regionCode())) {
			throw notFound(id);
		}
		return found;
	}

	public Versioned approveBudget(Caller caller, String id, long version) {
		Versioned found = changeable(caller, id);
		found.project().approveBudget(caller.username());
		return new Versioned(found.project(), this.store.save(found.project(), version, List.of()));
	}

	public Versioned assignCatalogueCode(Caller caller, String id, CatalogueCode code, long version) {
		Versioned found = changeable(caller, id);
		found.project().assignCatalogueCode(code);
		return new Versioned(found.project(), this.store.save(found.project(), version, List.of()));
	}

	public Versioned publish(Caller caller, String id, long version) {
		Versioned found = changeable(caller, id);
		ProjectPublished published = found.project().publish();
		long saved = this.store.save(found.project(), version,
				List.of(this.outbox.pending(ProcurementEvents.PROJECT_PUBLISHED, id, published)));
		return new Versioned(found.project(), saved);
	}

	/**
	 * How the project's budget is paid: the city's capped subsidy and the town's share,
	 * counted across the buyer's projects that start in the same year, earliest first.
	 */
	public FundingSplit fundingSplitOf(Project project) {
		int year = project.definition().term().from().getYear();
		List<PlannedSpend> sameYear = this.store.ofBuyer(project.definition().buyerId())
			.stream()
			.filter((other) -> other.definition().term().from().getYear() == year)
			.sorted(Comparator.comparing((Project other) -> other.definition().term().from())
				.thenComparing(Project::id))
			.map((other) -> new PlannedSpend(other.id(), other.definition().budget().total()))
			.toList();
		return TownSubsidyLedger.split(sameYear, this.budgetRules).get(project.id());
	}

	private Versioned changeable(Caller caller, String id) {
		Versioned found = read(caller, id);
		requireMayChange(caller, found.project().definition().regionCode(), id);
		return found;
	}

	private static void requireMayChange(Caller caller, String regionCode, String id) {
		if (!Jurisdiction.mayChange(caller, regionCode)) {
			throw ProblemException.forbidden("not-your-region",
					"Only a procurement officer of region " + regionCode + " may change project " + id);
		}
	}

	private static ProblemException notFound(String id) {
		return ProblemException.notFound("project-not-found", "No project " + id + " that you may see");
	}

	/** What a draft is made of, before it has an id and a region. */
	public interface DraftCommand {

		ProjectDefinition definition(String id, String regionCode, DraftRules rules);

		Optional<CatalogueCode> requestedCatalogueCode();

	}

	/**
	 * The city's rules a draft is built under, and what it gets for what its buyer leaves
	 * out.
	 */
	public record DraftRules(TermRules termRules, BudgetRules budgetRules, StaffingRequirement defaultStaffing) {

	}

}
