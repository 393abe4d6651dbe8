package cn.shegong.evaluation.callback.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.shegong.evaluation.callback.application.SampleAccess;
import cn.shegong.evaluation.callback.model.CallbackFile;
import cn.shegong.evaluation.callback.model.PhoneNumber;
import cn.shegong.evaluation.evaluation.model.CallbackOutcome;
import cn.shegong.evaluation.evaluation.model.CallbackSample;
import cn.shegong.evaluation.evaluation.model.DataQuality;
import cn.shegong.evaluation.evaluation.model.EvaluationRules;

/**
 * The callbacks of an evaluation: the draw (seed and sorted population, so anyone can run
 * it again), each sampled beneficiary with the outcome of the call, and the data quality.
 *
 * @param seed the draw's seed as text: a 64-bit number that JavaScript would round
 * @param reproducible whether running the recorded draw again gives the recorded sample;
 * {@code null} before the draw or when the sample is withheld
 * @param sampleWithheld whether the draw is kept from the caller (the evaluated agency,
 * until its grade is final)
 */
record CallbacksView(String evaluationId, int beneficiariesReported, boolean drawn, boolean sampleWithheld, String seed,
		String drawnBy, Instant drawnAt, List<String> population, Boolean reproducible, List<SampledView> sample,
		QualityView dataQuality) {

	static CallbacksView of(CallbackFile file, EvaluationRules rules, SampleAccess access) {
		QualityView quality = QualityView.of(file.dataQuality(rules));
		int reported = file.records().beneficiaryIds().size();
		boolean withheld = access == SampleAccess.WITHHELD;
		if (!file.isDrawn() || withheld) {
			return new CallbacksView(file.evaluationId(), reported, file.isDrawn(), withheld, null, null, null,
					List.of(), null, List.of(), quality);
		}
		boolean inClear = access == SampleAccess.PHONES_IN_CLEAR;
		CallbackSample sample = file.checks().sample();
		List<SampledView> sampled = sample.chosenBeneficiaryIds().stream().map((beneficiaryId) -> {
			PhoneNumber phone = file.records().phoneOf(beneficiaryId).orElseThrow();
			CallbackOutcome outcome = file.checks().outcomes().get(beneficiaryId);
			return new SampledView(beneficiaryId, inClear ? phone.digits() : phone.masked(),
					(outcome != null) ? outcome.result() : null, (outcome != null) ? outcome.calledOn() : null,
					(outcome != null) ? outcome.note() : null);
		}).toList();
		return new CallbacksView(file.evaluationId(), reported, true, false, String.valueOf(sample.seed()),
				file.drawn().by(), file.drawn().at(), sample.reportedBeneficiaryIds(), sample.isReproducible(), sampled,
				quality);
	}

	/**
	 * @param result {@code null} until called
	 */
	record SampledView(String beneficiaryId, String phone, CallbackOutcome.Result result, LocalDate calledOn,
			String note) {
	}

	/**
	 * @param figurePercent confirmed ÷ answered as a percentage; {@code null} while
	 * nobody answered (then the leaf has no figure and consolidation waits)
	 * @param zeroesLeaf whether the figure is below the floor, which scores the
	 * data-quality leaf zero
	 */
	record QualityView(int confirmed, int contradicted, int unreachable, BigDecimal figurePercent,
			BigDecimal floorPercent, boolean zeroesLeaf) {

		static QualityView of(DataQuality quality) {
			return new QualityView(quality.confirmed(), quality.contradicted(), quality.unreachable(),
					quality.figure().map((ratio) -> ratio.movePointRight(2).setScale(2)).orElse(null),
					BigDecimal.valueOf(quality.floorBasisPoints()).movePointLeft(2).setScale(2),
					quality.zeroesDataQualityLeaf());
		}

	}

}
