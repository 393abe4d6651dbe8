package cn.shegong.feedback.grouping.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One problem of one project, however many residents told it and through whichever
 * channels: the first wording stands for it, the count is the number of distinct tickets,
 * and a few recent wordings are kept to recognise the next one.
 *
 * @param samples the latest wordings (at most the policy's samples per group), compared
 * with each new complaint
 */
public record IssueGroup(String id, String projectId, String representativeText, Instant firstSeen, Instant lastSeen,
		SortedSet<String> channels, List<String> ticketIds, List<String> samples) {

	public IssueGroup {
		channels = new TreeSet<>(channels);
		ticketIds = List.copyOf(ticketIds);
		samples = List.copyOf(samples);
	}

	/** A new group holding just this complaint. */
	public static IssueGroup startedBy(String id, Complaint complaint) {
		return new IssueGroup(id, complaint.projectId(), complaint.text(), complaint.receivedAt(),
				complaint.receivedAt(), new TreeSet<>(List.of(complaint.channel())), List.of(complaint.ticketId()),
				List.of(complaint.text()));
	}

	/** How many distinct tickets told this problem. */
	public int count() {
		return this.ticketIds.size();
	}

	public boolean holds(String ticketId) {
		return this.ticketIds.contains(ticketId);
	}

	/**
	 * The group with one more complaint; unchanged when it already holds the ticket, so a
	 * repeated placement counts once.
	 */
	public IssueGroup with(Complaint complaint, int samplesKept) {
		if (holds(complaint.ticketId())) {
			return this;
		}
		SortedSet<String> moreChannels = new TreeSet<>(this.channels);
		moreChannels.add(complaint.channel());
		List<String> moreTickets = new ArrayList<>(this.ticketIds);
		moreTickets.add(complaint.ticketId());
		List<String> latestSamples = new ArrayList<>(this.samples);
		latestSamples.add(complaint.text());
		return new IssueGroup(this.id, this.projectId, this.representativeText, earlier(complaint.receivedAt()),
				later(complaint.receivedAt()), moreChannels, moreTickets,
				latestSamples.subList(Math.max(0, latestSamples.size() - samplesKept), latestSamples.size()));
	}

	private Instant earlier(Instant at) {
		return at.isBefore(this.firstSeen) ? at : this.firstSeen;
	}

	private Instant later(Instant at) {
		return at.isAfter(this.lastSeen) ? at : this.lastSeen;
	}

}
