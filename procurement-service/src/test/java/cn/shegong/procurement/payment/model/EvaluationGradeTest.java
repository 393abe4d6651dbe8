package cn.shegong.procurement.payment.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluationGradeTest {

	@Test
	void aVetoPaysAsFailWhateverTheGrade() {
		assertThat(new EvaluationGrade("ev-1", Grade.EXCELLENT, true).paidAs()).isEqualTo(Grade.FAIL);
	}

	@Test
	void withoutAVetoTheGradeIsPaidAsGiven() {
		assertThat(new EvaluationGrade("ev-1", Grade.PASS, false).paidAs()).isEqualTo(Grade.PASS);
	}

}
