package cn.shegong.evaluation.evaluation.model;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.shegong.evaluation.evaluation.model.CallbackOutcome.Result;

/**
 * The outcomes of the callbacks of one sample: one per sampled beneficiary. An
 * unreachable beneficiary may be called again and the later answer replaces it; a
 * confirmation or a contradiction stands.
 */
public record CallbackChecks(CallbackSample sample, Map<String, CallbackOutcome> outcomes) {

	public CallbackChecks {
		outcomes = Map.copyOf(outcomes);
	}

	public static CallbackChecks of(CallbackSample sample) {
		return new CallbackChecks(sample, Map.of());
	}

	public CallbackChecks record(CallbackOutcome outcome) {
		if (!this.sample.includes(outcome.beneficiaryId())) {
			throw Refusal.rule("callback-not-in-sample",
					"Beneficiary %s is not in the callback sample of evaluation %s (seed %d)", outcome.beneficiaryId(),
					this.sample.evaluationId(), this.sample.seed());
		}
		CallbackOutcome earlier = this.outcomes.get(outcome.beneficiaryId());
		if (earlier != null && earlier.result() != Result.UNREACHABLE) {
			throw Refusal.conflict("callback-already-recorded", "Beneficiary %s was already %s on %s",
					outcome.beneficiaryId(), earlier.result(), earlier.calledOn());
		}
		Map<String, CallbackOutcome> next = new LinkedHashMap<>(this.outcomes);
		next.put(outcome.beneficiaryId(), outcome);
		return new CallbackChecks(this.sample, next);
	}

	public int count(Result result) {
		return (int) this.outcomes.values().stream().filter((o) -> o.result() == result).count();
	}

	/** The data-quality figure of these callbacks under the configured floor. */
	public DataQuality dataQuality(EvaluationRules rules) {
		return DataQuality.of(count(Result.CONFIRMED), count(Result.CONTRADICTED), count(Result.UNREACHABLE),
				rules.dataQualityFloorBasisPoints());
	}

}
