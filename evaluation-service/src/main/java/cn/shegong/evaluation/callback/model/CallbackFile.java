package cn.shegong.evaluation.callback.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import cn.shegong.evaluation.evaluation.model.CallbackChecks;
import cn.shegong.evaluation.evaluation.model.CallbackOutcome;
import cn.shegong.evaluation.evaluation.model.CallbackSample;
import cn.shegong.evaluation.evaluation.model.DataQuality;
import cn.shegong.evaluation.evaluation.model.EvaluationRules;
import cn.shegong.platform.problem.ProblemException;

/**
 * The anti-fraud callbacks (回访) of one evaluation [DOMAIN §6]: the agency's service
 * records, the sample drawn from them once, and the outcome of each callback. The records
 * may be replaced until the sample is drawn; from then on they are what the draw ran on
 * and stay as they are.
 *
 * @param checks {@code null} until the sample is drawn
 * @param drawn {@code null} until the sample is drawn
 */
public record CallbackFile(String evaluationId, ServiceRecords records, CallbackChecks checks, Drawn drawn) {

	public CallbackFile {
		Objects.requireNonNull(evaluationId, "evaluationId");
		Objects.requireNonNull(records, "records");
		if ((checks == null) != (drawn == null)) {
			throw new IllegalArgumentException("a drawn sample has checks and a drawing, an undrawn one neither");
		}
	}

	/** An evaluation whose agency has reported nothing yet. */
	public static CallbackFile open(String evaluationId) {
		return new CallbackFile(evaluationId, ServiceRecords.none(), null, null);
	}

	public boolean isDrawn() {
		return this.drawn != null;
	}

	public Optional<CallbackSample> sample() {
		return Optional.ofNullable(this.checks).map(CallbackChecks::sample);
	}

	public CallbackFile replaceRecords(ServiceRecords reported) {
		if (isDrawn()) {
			throw ProblemException.conflict("service-records-frozen",
					"The callback sample of evaluation " + this.evaluationId + " was drawn on " + this.drawn.at()
							+ " from the records as they were; they can no longer be replaced.",
					this.evaluationId, this.drawn.at());
		}
		return new CallbackFile(this.evaluationId, reported, null, null);
	}

	/**
	 * Draws the sample once, with a seed drawn at random now, so that nobody could know
	 * beforehand who will be called, and recorded, so that anyone can draw it again.
	 */
	public CallbackFile drawSample(EvaluationRules rules, long seed, String by, Instant at) {
		if (isDrawn()) {
			throw ProblemException.conflict("callback-sample-already-drawn",
					"The callback sample of evaluation " + this.evaluationId + " was drawn on " + this.drawn.at()
							+ " by " + this.drawn.by() + " (seed " + this.checks.sample().seed()
							+ "); it is drawn once.",
					this.evaluationId, this.drawn.at(), this.drawn.by(), this.checks.sample().seed());
		}
		if (this.records.isEmpty()) {
			throw ProblemException.ruleViolated("callback-sample-no-records",
					"The agency has reported no service records for evaluation " + this.evaluationId
							+ "; there is nothing to draw callbacks from.",
					this.evaluationId);
		}
		CallbackSample sample = CallbackSample.draw(this.evaluationId, this.records.beneficiaryIds(), rules, seed);
		return new CallbackFile(this.evaluationId, this.records, CallbackChecks.of(sample), new Drawn(by, at));
	}

	/** One callback's outcome, under the rules of {@link CallbackChecks}. */
	public CallbackFile recordOutcome(CallbackOutcome outcome) {
		if (!isDrawn()) {
			throw ProblemException.conflict("callback-sample-not-drawn",
					"No callback sample has been drawn for evaluation " + this.evaluationId + " yet.",
					this.evaluationId);
		}
		return new CallbackFile(this.evaluationId, this.records, this.checks.record(outcome), this.drawn);
	}

	/** The data quality the outcomes give so far; nothing answered gives no figure. */
	public DataQuality dataQuality(EvaluationRules rules) {
		return isDrawn() ? this.checks.dataQuality(rules)
				: DataQuality.of(0, 0, 0, rules.dataQualityFloorBasisPoints());
	}

	/** Who drew the sample, and when. */
	public record Drawn(String by, Instant at) {

		public Drawn {
			Objects.requireNonNull(by, "by");
			Objects.requireNonNull(at, "at");
		}

	}

}
