package cn.shegong.evaluation.callback.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.shegong.evaluation.evaluation.model.CallbackOutcome;
import cn.shegong.evaluation.evaluation.model.CallbackOutcome.Result;
import cn.shegong.evaluation.evaluation.model.CallbackSample;
import cn.shegong.evaluation.evaluation.model.DataQuality;
import cn.shegong.evaluation.evaluation.model.EvaluationRules;
import cn.shegong.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallbackFileTest {

	static final EvaluationRules RULES = EvaluationRules.defaults();

	static final Instant NOW = Instant.parse("2027-06-30T02:00:00Z");

	static final long SEED = 20270630L;

	@Test
	void theAgencyMayReplaceItsRecordsUntilTheSampleIsDrawn() {
		CallbackFile file = CallbackFile.open("ev-1")
			.replaceRecords(ServiceRecordsMother.reported(3))
			.replaceRecords(ServiceRecordsMother.reported(8));

		assertThat(file.records().beneficiaryIds()).hasSize(8);
	}

	@Test
	void theRecordsAreFrozenOnceTheSampleIsDrawn() {
		CallbackFile drawn = drawnFrom(8);

		assertRefused(() -> drawn.replaceRecords(ServiceRecordsMother.reported(9)), "service-records-frozen");
	}

	@Test
	void theSampleIsDrawnOnlyOnce() {
		CallbackFile drawn = drawnFrom(8);

		assertRefused(() -> drawn.drawSample(RULES, SEED + 1, "officer", NOW), "callback-sample-already-drawn");
	}

	@Test
	void withoutRecordsThereIsNothingToDraw() {
		assertRefused(() -> CallbackFile.open("ev-1").drawSample(RULES, SEED, "officer", NOW),
				"callback-sample-no-records");
	}

	@Test
	void anyoneWithTheRecordedSeedAndPopulationDrawsTheSameSample() {
		CallbackSample sample = drawnFrom(60).sample().orElseThrow();

		assertThat(sample.chosenBeneficiaryIds()).hasSize(6);
		List<String> shuffled = new ArrayList<>(sample.reportedBeneficiaryIds());
		Collections.reverse(shuffled);
		assertThat(CallbackSample.draw("ev-1", shuffled, RULES, sample.seed()).chosenBeneficiaryIds())
			.isEqualTo(sample.chosenBeneficiaryIds());
		assertThat(sample.isReproducible()).isTrue();
	}

	@Test
	void anOutcomeNeedsADrawnSample() {
		assertRefused(() -> CallbackFile.open("ev-1")
			.replaceRecords(ServiceRecordsMother.reported(3))
			.recordOutcome(outcome("b-01", Result.CONFIRMED)), "callback-sample-not-drawn");
	}

	@Test
	void anUnreachableBeneficiaryIsCalledAgainAndThenCountsAsConfirmed() {
		CallbackFile drawn = drawnFrom(8);
		String first = drawn.sample().orElseThrow().chosenBeneficiaryIds().get(0);

		CallbackFile unreachable = drawn.recordOutcome(outcome(first, Result.UNREACHABLE));
		assertThat(unreachable.dataQuality(RULES).figure()).as("silence is no figure").isEmpty();
		CallbackFile confirmed = unreachable.recordOutcome(outcome(first, Result.CONFIRMED));

		assertThat(confirmed.dataQuality(RULES).figure())
			.hasValueSatisfying((f) -> assertThat(f).isEqualByComparingTo("1"));
		assertThat(confirmed.dataQuality(RULES).unreachable()).isZero();
	}

	@Test
	void oneContradictionInFiveAnsweredIsExactlyTheFloorAndKeepsTheLeafWhileTwoZeroIt() {
		CallbackFile file = drawnFrom(8);
		List<String> chosen = file.sample().orElseThrow().chosenBeneficiaryIds();
		for (int i = 0; i < 4; i++) {
			file = file.recordOutcome(outcome(chosen.get(i), Result.CONFIRMED));
		}
		file = file.recordOutcome(outcome(chosen.get(4), Result.CONTRADICTED));

		DataQuality atFloor = file.dataQuality(RULES);
		assertThat(atFloor.figure()).hasValueSatisfying((f) -> assertThat(f).isEqualByComparingTo("0.8"));
		assertThat(atFloor.zeroesDataQualityLeaf()).isFalse();
		DataQuality below = DataQuality.of(3, 2, 0, RULES.dataQualityFloorBasisPoints());
		assertThat(below.zeroesDataQualityLeaf()).isTrue();
	}

	@Test
	void aContradictedRecordStandsAndIsNotCalledAgain() {
		CallbackFile drawn = drawnFrom(8);
		String first = drawn.sample().orElseThrow().chosenBeneficiaryIds().get(0);
		CallbackFile contradicted = drawn.recordOutcome(outcome(first, Result.CONTRADICTED));

		assertRefused(() -> contradicted.recordOutcome(outcome(first, Result.CONFIRMED)), "callback-already-recorded");
	}

	@Test
	void aBeneficiaryOutsideTheSampleIsNotCalled() {
		CallbackFile drawn = drawnFrom(60);
		String outside = drawn.records()
			.beneficiaryIds()
			.stream()
			.filter((id) -> !drawn.sample().orElseThrow().includes(id))
			.findFirst()
			.orElseThrow();

		assertRefused(() -> drawn.recordOutcome(outcome(outside, Result.CONFIRMED)), "callback-not-in-sample");
	}

	private static CallbackFile drawnFrom(int beneficiaries) {
		return CallbackFile.open("ev-1")
			.replaceRecords(ServiceRecordsMother.reported(beneficiaries))
			.drawSample(RULES, SEED, "eva-1", NOW);
	}

	private static CallbackOutcome outcome(String beneficiaryId, Result result) {
		return new CallbackOutcome(beneficiaryId, result, LocalDate.of(2027, 7, 1), "");
	}

	private static void assertRefused(Runnable action, String rule) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(ProblemException.class,
				(ex) -> assertThat(ex.rule()).isEqualTo(rule));
	}

}
