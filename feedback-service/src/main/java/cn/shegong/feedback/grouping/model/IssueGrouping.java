package cn.shegong.feedback.grouping.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;

/**
 * Decides which open issue a complaint belongs to: the most similar group of the same
 * project at or above the threshold. With few open wordings every one is compared; above
 * the policy's limit MinHash/LSH narrows the candidates first. Pure and deterministic:
 * the same complaints in the same order give the same groups.
 */
public final class IssueGrouping {

	private final GroupingPolicy policy;

	private final MinHash minHash;

	private final Similarity similarity;

	private final Synonyms synonyms;

	public IssueGrouping(GroupingPolicy policy) {
		this.policy = policy;
		this.minHash = new MinHash(policy.hashes(), GroupingPolicy.SEED);
		this.similarity = new Similarity(policy.bigramWeight(), policy.keyTermWeight());
		this.synonyms = policy.synonyms() ? Synonyms.COMMUNITY_SERVICE : Synonyms.NONE;
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
		ComplaintText text = ComplaintText.of(complaint.text(), this.synonyms);
		List<ComplaintText> samples = new ArrayList<>();
		List<IssueGroup> owners = new ArrayList<>();
		for (IssueGroup group : openGroups) {
			if (group.projectId().equals(complaint.projectId())) {
				for (String sample : group.samples()) {
					samples.add(ComplaintText.of(sample, this.synonyms));
					owners.add(group);
				}
			}
		}
		ShingleRarity rarity = rarityAmong(text, samples);
		Map<IssueGroup, List<Double>> scores = new LinkedHashMap<>();
		for (int candidate : candidates(text, samples)) {
			scores.computeIfAbsent(owners.get(candidate), (group) -> new ArrayList<>())
				.add(this.similarity.between(text, samples.get(candidate), rarity));
		}
		return scores.entrySet()
			.stream()
			.map((scored) -> new Match(scored.getKey(), linked(scored.getValue())))
			.filter((match) -> match.similarity() >= this.policy.threshold())
			.max(Comparator.comparingDouble(Match::similarity)
				.thenComparing((match) -> match.group().firstSeen(), Comparator.reverseOrder())
				.thenComparing((match) -> match.group().id(), Comparator.reverseOrder()));
	}

	/** A group's score: its closest wording's, or the mean over its wordings. */
	private double linked(List<Double> similarities) {
		DoubleStream values = similarities.stream().mapToDouble(Double::doubleValue);
		return this.policy.averageLinkage() ? values.average().orElse(0) : values.max().orElse(0);
	}

	private ShingleRarity rarityAmong(ComplaintText text, List<ComplaintText> samples) {
		if (!this.policy.rarityWeighted()) {
			return ShingleRarity.UNIFORM;
		}
		List<ComplaintText> recent = new ArrayList<>(samples);
		recent.add(text);
		return ShingleRarity.over(recent);
	}

	/** Indexes of the samples worth the exact comparison. */
	private Collection<Integer> candidates(ComplaintText text, List<ComplaintText> samples) {
		if (samples.size() <= this.policy.exhaustiveUpTo()) {
			return IntStream.range(0, samples.size()).boxed().toList();
		}
		LshIndex<Integer> index = new LshIndex<>(this.policy.bands());
		for (int i = 0; i < samples.size(); i++) {
			index.add(i, this.minHash.signature(samples.get(i).allShingles()));
		}
		return index.candidates(this.minHash.signature(text.allShingles()));
	}

	/** An open group and how similar the complaint is to its closest wording. */
	public record Match(IssueGroup group, double similarity) {

	}

}
