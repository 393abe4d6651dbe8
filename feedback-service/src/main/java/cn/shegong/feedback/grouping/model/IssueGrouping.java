package cn.shegong.feedback.grouping.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Decides which open issue a complaint belongs to: the most similar group of the same
 * project at or above the threshold, found through MinHash/LSH candidates and confirmed
 * by the exact blended Jaccard. Pure and deterministic: the same complaints in the same
 * order give the same groups.
 */
public final class IssueGrouping {

	private final GroupingPolicy policy;

	private final MinHash minHash;

	private final Similarity similarity;

	public IssueGrouping(GroupingPolicy policy) {
		this.policy = policy;
		this.minHash = new MinHash(policy.hashes(), GroupingPolicy.SEED);
		this.similarity = new Similarity(policy.bigramWeight());
	}

	public GroupingPolicy policy() {
		return this.policy;
	}

	/** The group the complaint lands in: an open group it joins, or a new one. */
	public IssueGroup grouped(Complaint complaint, List<IssueGroup> openGroups, String idIfNew) {
		return bestMatch(complaint, openGroups)
			.map((match) -> match.group().with(complaint, this.policy.samplesPerGroup()))
			.orElseGet(() -> IssueGroup.startedBy(idIfNew, complaint));
	}

	/**
	 * The most similar open group of the complaint's project at or above the threshold.
	 */
	public Optional<Match> bestMatch(Complaint complaint, List<IssueGroup> openGroups) {
		ComplaintText text = ComplaintText.of(complaint.text());
		long[] signature = this.minHash.signature(text.allShingles());
		LshIndex<Integer> index = new LshIndex<>(this.policy.bands());
		List<ComplaintText> samples = new ArrayList<>();
		List<IssueGroup> owners = new ArrayList<>();
		for (IssueGroup group : openGroups) {
			if (!group.projectId().equals(complaint.projectId())) {
				continue;
			}
			for (String sample : group.samples()) {
				ComplaintText sampleText = ComplaintText.of(sample);
				index.add(samples.size(), this.minHash.signature(sampleText.allShingles()));
				samples.add(sampleText);
				owners.add(group);
			}
		}
		return index.candidates(signature)
			.stream()
			.map((candidate) -> new Match(owners.get(candidate), this.similarity.between(text, samples.get(candidate))))
			.filter((match) -> match.similarity() >= this.policy.threshold())
			.max(Comparator.comparingDouble(Match::similarity)
				.thenComparing((match) -> match.group().firstSeen(), Comparator.reverseOrder())
				.thenComparing((match) -> match.group().id(), Comparator.reverseOrder()));
	}

	/** An open group and how similar the complaint is to its closest wording. */
	public record Match(IssueGroup group, double similarity) {

	}

}
