package cn.shegong.evaluation.evaluation.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import cn.shegong.evaluation.evaluation.model.CallbackOutcome.Result;

import static cn.shegong.evaluation.evaluation.model.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class CallbackTest {

	private static final EvaluationRules RULES = EvaluationRules.defaults();

	private static final LocalDate CALLED_ON = LocalDate.of(2026, 9, 8);

	private static List<String> beneficiaries(int n) {
		return IntStream.rangeClosed(1, n).mapToObj((i) -> String.format("b-%03d", i)).toList();
	}

	private static List<String> reversed(List<String> ids) {
		List<String> copy = new ArrayList<>(ids);
		Collections.reverse(copy);
		return copy;
	}

	@Test
	void theSampleIsTenPercentRoundedUpBetweenFiveAndThirty() {
		assertThat(CallbackSample.sizeFor(100, RULES)).isEqualTo(10);
		assertThat(CallbackSample.sizeFor(51, RULES)).isEqualTo(6);
		assertThat(CallbackSample.sizeFor(40, RULES)).isEqualTo(5);
		assertThat(CallbackSample.sizeFor(300, RULES)).isEqualTo(30);
		assertThat(CallbackSample.sizeFor(301, RULES)).isEqualTo(30);
	}

	@Test
	void fewerRecordsThanTheMinimumAreAllCalled() {
		assertThat(CallbackSample.draw("eval-1", beneficiaries(3), RULES, 7L).chosenBeneficiaryIds())
			.containsExactlyInAnyOrder("b-001", "b-002", "b-003");
	}

	@Test
	void theSameRecordsAndSeedGiveTheSameSampleAndTheDrawReRuns() {
		CallbackSample first = CallbackSample.draw("eval-1", beneficiaries(200), RULES, 20260908L);
		CallbackSample again = CallbackSample.draw("eval-1", reversed(beneficiaries(200)), RULES, 20260908L);

		assertThat(again.chosenBeneficiaryIds()).isEqualTo(first.chosenBeneficiaryIds()).hasSize(20);
		assertThat(first.isReproducible()).isTrue();
	}

	@Test
	void aCallbackOutsideTheSampleIsRefused() {
		CallbackChecks checks = CallbackChecks.of(CallbackSample.draw("eval-1", beneficiaries(5), RULES, 1L));

		assertRefused(() -> checks.record(new CallbackOutcome("b-999", Result.CONFIRMED, CALLED_ON, null)),
				"callback-not-in-sample");
	}

	@Test
	void anUnreachableBeneficiaryMayBeCalledAgainButAnAnswerStands() {
		CallbackChecks checks = CallbackChecks.of(CallbackSample.draw("eval-1", beneficiaries(5), RULES, 1L))
			.record(new CallbackOutcome("b-001", Result.UNREACHABLE, CALLED_ON, null))
			.record(new CallbackOutcome("b-001", Result.CONTRADICTED, CALLED_ON.plusDays(1), "never visited"));

		assertThat(checks.count(Result.CONTRADICTED)).isEqualTo(1);
		assertThat(checks.count(Result.UNREACHABLE)).isZero();
		assertRefused(() -> checks.record(new CallbackOutcome("b-001", Result.CONFIRMED, CALLED_ON.plusDays(2), null)),
				"callback-already-recorded");
	}

	@Test
	void unreachableBeneficiariesAreLeftOutOfTheDataQualityFigure() {
		CallbackChecks checks = CallbackChecks.of(CallbackSample.draw("eval-1", beneficiaries(5), RULES, 1L))
			.record(new CallbackOutcome("b-001", Result.CONFIRMED, CALLED_ON, null))
			.record(new CallbackOutcome("b-002", Result.CONFIRMED, CALLED_ON, null))
			.record(new CallbackOutcome("b-003", Result.CONTRADICTED, CALLED_ON, null))
			.record(new CallbackOutcome("b-004", Result.UNREACHABLE, CALLED_ON, null));

		assertThat(checks.dataQuality(RULES).figure())
			.hasValueSatisfying((f) -> assertThat(f).isEqualByComparingTo("0.6667"));
	}

}
