package cn.shegong.evaluation.evaluation.model;

import java.util.List;

/**
 * 回访抽样: the beneficiaries an evaluator phones to check the agency's records [SEED 004
 * 暗访+回访]. The seed should be drawn at random when the sample is taken, and is recorded so
 * that anyone can re-run the draw; unlike a seed derived from known facts, the agency
 * cannot foresee who will be called.
 *
 * @param reportedBeneficiaryIds the sorted ids of the agency's records the draw ran on
 */
public record CallbackSample(String evaluationId, long seed, List<String> reportedBeneficiaryIds,
		List<String> chosenBeneficiaryIds) {

	public CallbackSample {
		reportedBeneficiaryIds = List.copyOf(reportedBeneficiaryIds);
		chosenBeneficiaryIds = List.copyOf(chosenBeneficiaryIds);
	}

	public static CallbackSample draw(String evaluationId, List<String> reportedBeneficiaryIds, EvaluationRules rules,
			long seed) {
		List<String> population = reportedBeneficiaryIds.stream().sorted().distinct().toList();
		return new CallbackSample(evaluationId, seed, population,
				SeededSample.draw(population, sizeFor(population.size(), rules), seed));
	}

	/**
	 * The share rounded up, kept between the minimum and maximum, never more than there
	 * are records.
	 */
	public static int sizeFor(int population, EvaluationRules rules) {
		int share = SeededSample.shareRoundedUp(population, rules.callbackShareBasisPoints());
		int bounded = Math.max(rules.callbackMinimum(), Math.min(rules.callbackMaximum(), share));
		return Math.min(population, bounded);
	}

	public boolean includes(String beneficiaryId) {
		return this.chosenBeneficiaryIds.contains(beneficiaryId);
	}

	/** Whether re-running the recorded draw gives the recorded choice. */
	public boolean isReproducible() {
		List<String> again = SeededSample.draw(this.reportedBeneficiaryIds, this.chosenBeneficiaryIds.size(),
				this.seed);
		return again.equals(this.chosenBeneficiaryIds);
	}

}
