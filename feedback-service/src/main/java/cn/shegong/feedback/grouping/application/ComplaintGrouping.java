package cn.shegong.feedback.grouping.application;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import cn.shegong.feedback.grouping.model.Complaint;
import cn.shegong.feedback.grouping.model.IssueGroup;
import cn.shegong.feedback.grouping.model.IssueGrouping;
import cn.shegong.feedback.grouping.persistence.IssueGroups;
import cn.shegong.feedback.grouping.persistence.StoredIssueGroup;

/**
 * Places a complaint into the open issue group of its project it repeats, or starts one.
 * Idempotent: a ticket already in a group stays counted once. A group's id is derived
 * from the ticket that started it, so two placements of one new ticket cannot start two
 * groups; a placement that lost a race with another change reads the groups again and
 * retries.
 */
@Service
@EnableConfigurationProperties(GroupingProperties.class)
public class ComplaintGrouping {

	private final IssueGroups groups;

	private final IssueGrouping grouping;

	private final GroupingProperties properties;

	private final Clock clock;

	ComplaintGrouping(IssueGroups groups, GroupingProperties properties, Clock clock) {
		this.groups = groups;
		this.grouping = new IssueGrouping(properties.policy());
		this.properties = properties;
		this.clock = clock;
	}

	/** The group holding the complaint once it is placed. */
	public IssueGroup place(Complaint complaint) {
		for (int attempt = 1;; attempt++) {
			try {
				return placeOnce(complaint);
			}
			catch (OptimisticLockingFailureException | DuplicateKeyException ex) {
				if (attempt >= this.properties.placementAttempts()) {
					throw ex;
				}
			}
		}
	}

	private IssueGroup placeOnce(Complaint complaint) {
		Optional<IssueGroup> holding = this.groups.holding(complaint.projectId(), complaint.ticketId());
		if (holding.isPresent()) {
			return holding.get();
		}
		List<StoredIssueGroup> open = this.groups.openOfProject(complaint.projectId(),
				this.clock.instant().minus(this.properties.lookback()));
		Map<String, StoredIssueGroup> byId = open.stream()
			.collect(Collectors.toMap((stored) -> stored.group().id(), Function.identity()));
		IssueGroup placed = this.grouping.grouped(complaint, open.stream().map(StoredIssueGroup::group).toList(),
				"issue-" + complaint.ticketId());
		StoredIssueGroup before = byId.get(placed.id());
		if (before == null) {
			this.groups.insert(placed);
		}
		else {
			this.groups.update(placed, before.version());
		}
		return placed;
	}

}
