package cn.shegong.evaluation.evaluation.model;

import java.math.BigDecimal;
import java.time.Period;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EvaluationRulesTest {

	private static final EvaluationRules D = EvaluationRules.defaults();

	@Test
	void theDefaultsAreThoseOfTheDomainBrief() {
		assertThat(D.replyWindowWorkingDays()).isEqualTo(5);
		assertThat(D.publicationDueDays()).isEqualTo(15);
		assertThat(D.conflictLookback()).isEqualTo(Period.ofYears(3));
		assertThat(D.finalEvaluationLeadTime()).isEqualTo(Period.ofMonths(1));
		assertThat(D.spotCheckShareBasisPoints()).isEqualTo(3000);
	}

	@Test
	void aReplyWindowOfZeroWorkingDaysIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new EvaluationRules(0, 15, D.conflictLookback(),
				D.finalEvaluationLeadTime(), D.spotCheckMinimumTerm(), 3000, 1000, 5, 30, 8000));
	}

	@Test
	void aShareAboveOneHundredPercentIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new EvaluationRules(5, 15, D.conflictLookback(),
				D.finalEvaluationLeadTime(), D.spotCheckMinimumTerm(), 10001, 1000, 5, 30, 8000));
	}

	@Test
	void aCallbackMaximumBelowTheMinimumIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new EvaluationRules(5, 15, D.conflictLookback(),
				D.finalEvaluationLeadTime(), D.spotCheckMinimumTerm(), 3000, 1000, 5, 4, 8000));
	}

	@Test
	void aZeroLookbackIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new EvaluationRules(5, 15, Period.ZERO,
				D.finalEvaluationLeadTime(), D.spotCheckMinimumTerm(), 3000, 1000, 5, 30, 8000));
	}

	@Test
	void aVetoedResultThatDoesNotFailIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ConsolidatedResult(new BigDecimal("91.00"), "优秀", true, false));
	}

}
