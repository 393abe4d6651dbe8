package cn.shegong.feedback.grouping.persistence;

import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.shegong.feedback.grouping.model.IssueGroup;

/** One issue group; {@code count} is kept beside the ticket ids so lists sort by it. */
@Document(IssueGroupDocument.COLLECTION)
record IssueGroupDocument(@Id String id, String projectId, String representativeText, int count, Instant firstSeen,
		Instant lastSeen, List<String> channels, List<String> ticketIds, List<String> samples, @Version Long version) {

	static final String COLLECTION = "issue_groups";

	static IssueGroupDocument of(IssueGroup group, long version) {
		return new IssueGroupDocument(group.id(), group.projectId(), group.representativeText(), group.count(),
				group.firstSeen(), group.lastSeen(), List.copyOf(group.channels()), group.ticketIds(), group.samples(),
				version);
	}

	StoredIssueGroup toStored() {
		return new StoredIssueGroup(new IssueGroup(this.id, this.projectId, this.representativeText, this.firstSeen,
				this.lastSeen, new TreeSet<>(this.channels), this.ticketIds, this.samples), this.version);
	}

}
