package cn.shegong.procurement.project.model;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.shegong.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContractTermTest {

	private final TermRules rules = TermRules.defaults();

	@Test
	void aCalendarYearIsAStandardTermAndNeedsNoReason() {
		ContractTerm term = ContractTerm.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), null, this.rules);

		assertThat(term.isLongTerm()).isFalse();
	}

	@Test
	void oneDayBeyondAYearNeedsAStatedReason() {
		assertThatThrownBy(() -> ContractTerm.of(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 1), " ", this.rules))
			.isInstanceOf(ProblemException.class)
			.extracting((ex) -> ((ProblemException) ex).rule())
			.isEqualTo("long-term-needs-reason");
	}

	@Test
	void threeYearsWithAReasonAreAllowed() {
		ContractTerm term = ContractTerm.of(LocalDate.of(2027, 1, 1), LocalDate.of(2029, 12, 31), "站点持续运营，三年一招",
				this.rules);

		assertThat(term.isLongTerm()).isTrue();
	}

	@Test
	void moreThanThreeYearsIsRefusedWhateverTheReason() {
		assertThatThrownBy(
				() -> ContractTerm.of(LocalDate.of(2027, 1, 1), LocalDate.of(2030, 1, 1), "reason", this.rules))
			.isInstanceOf(ProblemException.class)
			.extracting((ex) -> ((ProblemException) ex).rule())
			.isEqualTo("contract-term-too-long");
	}

	@Test
	void aTermCannotEndBeforeItStarts() {
		assertThatThrownBy(() -> ContractTerm.of(LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 1), null, this.rules))
			.isInstanceOf(ProblemException.class)
			.extracting((ex) -> ((ProblemException) ex).rule())
			.isEqualTo("term-ends-before-it-starts");
	}

}
