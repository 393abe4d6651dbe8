package cn.shegong.procurement.tender.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.platform.security.Caller;
import cn.shegong.procurement.access.Jurisdiction;
import cn.shegong.procurement.project.model.Project;
import cn.shegong.procurement.project.model.ProjectStatus;
import cn.shegong.procurement.project.persistence.ProjectStore;
import cn.shegong.procurement.tender.model.ProcurementMethod;
import cn.shegong.procurement.tender.model.Tender;
import cn.shegong.procurement.tender.model.TenderNotice;
import cn.shegong.procurement.tender.model.TenderRules;
import cn.shegong.procurement.tender.persistence.TenderStore;
import cn.shegong.procurement.tender.persistence.TenderStore.Versioned;

/**
 * Drafting a tender for a published project, publishing its notice, closing its bidding
 * and cancelling it. Every change leaves an entry in the audit trail.
 */
@Service
public class TenderUseCases {

	/**
	 * Until buyers choose scoring schemes, every tender is scored by the national one.
	 */
	static final String NATIONAL_SCORING_SCHEME = "national-default";

	private final TenderStore store;

	private final TenderCommands commands;

	private final ProjectStore projects;

	private final Clock clock;

	private final TenderRules rules;

	TenderUseCases(TenderStore store, TenderCommands commands, ProjectStore projects, Clock clock, TenderRules rules) {
		this.store = store;
		this.commands = commands;
		this.projects = projects;
		this.clock = clock;
		this.rules = rules;
	}

	public Versioned draft(Caller caller, String projectId, ProcurementMethod method, TenderNotice notice) {
		Project project = this.projects.find(projectId)
			.map(ProjectStore.Versioned::project)
			.filter((found) -> Jurisdiction.mayChange(caller, found.definition().regionCode()))
			.orElseThrow(() -> ProblemException.notFound("project-not-found",
					"No project " + projectId + " that you may tender"));
		if (project.status() != ProjectStatus.PUBLISHED) {
			throw ProblemException.ruleViolated("project-not-in-procurement",
					"Project " + projectId + " is " + project.status() + "; only a published project can be tendered",
					projectId, project.status());
		}
		Tender tender = Tender.draft("tdr-" + UUID.randomUUID(), projectId, project.definition().regionCode(), method,
				notice, NATIONAL_SCORING_SCHEME, this.rules);
		long version = this.store.insert(tender);
		this.commands.audit(caller, tender, "draft", Map.of(), null);
		return new Versioned(tender, version);
	}

	public Versioned read(Caller caller, String id) {
		return this.commands.readable(caller, id);
	}

	public Versioned publish(Caller caller, String id, Instant biddingDeadline, long version) {
		return this.commands
			.run(caller, this.commands.changeable(caller, id, version), "publish", null,
					(tender) -> tender.publish(this.clock.instant(), biddingDeadline, TenderStore.BUYER_ZONE))
			.versioned();
	}

	/**
	 * Opens the bids (开标): refused while the deadline by the service's clock lies ahead.
	 */
	public Versioned closeBidding(Caller caller, String id, long version) {
		return this.commands
			.run(caller, this.commands.changeable(caller, id, version), "close-bidding", null,
					(tender) -> tender.closeBidding(this.clock.instant()))
			.versioned();
	}

	public Versioned cancel(Caller caller, String id, String reason, long version) {
		return this.commands
			.run(caller, this.commands.changeable(caller, id, version), "cancel", reason,
					(tender) -> tender.cancel(reason))
			.versioned();
	}

	/** A published (or once published) tender as the public may see it. */
	public Tender readPublic(String id) {
		return this.store.find(id)
			.map(Versioned::tender)
			.filter((tender) -> tender.publishedAt().isPresent())
			.orElseThrow(() -> TenderCommands.notFound(id));
	}

	public List<Tender> listPublic() {
		return this.store.published();
	}

}
