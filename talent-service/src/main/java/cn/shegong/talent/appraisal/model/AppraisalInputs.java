package cn.shegong.talent.appraisal.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The scores collected for one worker's annual appraisal, one per rater. Where several
 * clients or peers rate, the caller gives their agreed (e.g. averaged) score.
 */
public record AppraisalInputs(Map<AppraisalSource, AppraisalScore> scores) {

	public AppraisalInputs {
		scores = Map.copyOf(scores);
	}

	public static AppraisalInputs none() {
		return new AppraisalInputs(Map.of());
	}

	public AppraisalInputs with(AppraisalSource source, String points) {
		Map<AppraisalSource, AppraisalScore> more = new EnumMap<>(AppraisalSource.class);
		more.putAll(this.scores);
		more.put(source, AppraisalScore.of(points));
		return new AppraisalInputs(more);
	}

	public Optional<AppraisalScore> from(AppraisalSource source) {
		return Optional.ofNullable(this.scores.get(source));
	}

}
