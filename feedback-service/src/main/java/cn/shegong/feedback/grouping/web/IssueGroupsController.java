package cn.shegong.feedback.grouping.web;

import java.time.Instant;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.shegong.feedback.grouping.model.IssueGroup;
import cn.shegong.feedback.grouping.persistence.IssueGroups;
import cn.shegong.feedback.station.application.Stations;
import cn.shegong.platform.security.Caller;

/**
 * The repeated complaints of a project, the most told first, for whoever may read its
 * feedback: the running agency and the officers and supervisors overseeing it.
 */
@RestController
class IssueGroupsController {

	private final Stations stations;

	private final IssueGroups groups;

	IssueGroupsController(Stations stations, IssueGroups groups) {
		this.stations = stations;
		this.groups = groups;
	}

	@GetMapping("/api/feedback/projects/{projectId}/issues")
	@PreAuthorize("isAuthenticated()")
	List<IssueView> issues(Caller caller, @PathVariable String projectId) {
		String readable = this.stations.readable(caller, projectId).projectId();
		return this.groups.ofProjectByCount(readable).stream().map(IssueView::of).toList();
	}

	record IssueView(String issueId, String representativeText, int count, List<String> channels, Instant firstSeen,
			Instant lastSeen, List<String> ticketIds) {

		static IssueView of(IssueGroup group) {
			return new IssueView(group.id(), group.representativeText(), group.count(), List.copyOf(group.channels()),
					group.firstSeen(), group.lastSeen(), group.ticketIds());
		}

	}

}
