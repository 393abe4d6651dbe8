package cn.shegong.feedback.grouping.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Replays labelled complaints through a grouping policy in their arrival order, as the
 * service would place them one by one, and measures the groups it made.
 */
record GroupingReplay(LabelledComplaints labelled, Map<String, String> clusterOf, long millis) {

	static GroupingReplay of(GroupingPolicy policy, LabelledComplaints labelled) {
		long started = System.nanoTime();
		IssueGrouping grouping = new IssueGrouping(policy);
		Map<String, IssueGroup> groups = new HashMap<>();
		Map<String, String> clusterOf = new HashMap<>();
		for (Complaint complaint : labelled.inArrivalOrder()) {
			IssueGroup placed = grouping.grouped(complaint, new ArrayList<>(groups.values()), "g" + groups.size());
			groups.put(placed.id(), placed);
			clusterOf.put(complaint.ticketId(), placed.id());
		}
		return new GroupingReplay(labelled, clusterOf, (System.nanoTime() - started) / 1_000_000);
	}

	GroupingScores scores() {
		Map<String, String> labelOf = new HashMap<>();
		this.labelled.items().forEach((item) -> labelOf.put(item.id(), item.groupLabel()));
		List<String> ids = this.labelled.items().stream().map(LabelledComplaints.Labelled::id).toList();
		return GroupingScores.of(ids, labelOf, this.clusterOf);
	}

	long groupCount() {
		return this.clusterOf.values().stream().distinct().count();
	}

	/** Pairs of complaints under two labels declared hard negatives that were grouped. */
	long hardNegativeMerges() {
		long merges = 0;
		for (List<String> pair : this.labelled.hardNegatives()) {
			for (LabelledComplaints.Labelled a : this.labelled.items()) {
				for (LabelledComplaints.Labelled b : this.labelled.items()) {
					if (a.groupLabel().equals(pair.get(0)) && b.groupLabel().equals(pair.get(1))
							&& this.clusterOf.get(a.id()).equals(this.clusterOf.get(b.id()))) {
						merges++;
					}
				}
			}
		}
		return merges;
	}

	@Override
	public String toString() {
		return "%s, %d groups, %d hard-negative merges, %d ms for %d complaints".formatted(scores(), groupCount(),
				hardNegativeMerges(), this.millis, this.clusterOf.size());
	}

}
