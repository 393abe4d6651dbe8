package cn.shegong.talent.staffing.model;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContractTermTest {

	private static final ContractTerm YEAR_2027 = new ContractTerm(LocalDate.of(2027, 1, 1),
			LocalDate.of(2027, 12, 31));

	@Test
	void anAssignmentOnTheTermsFirstAndLastDayFits() {
		Assignment wholeTerm = new Assignment("w-1", StaffRole.SUPERVISOR, 5_000, YEAR_2027.from(),
				Optional.of(YEAR_2027.to()));

		assertThat(YEAR_2027.fit(wholeTerm)).isEqualTo(wholeTerm);
	}

	@Test
	void aTermCannotEndBeforeItStarts() {
		assertThatThrownBy(() -> new ContractTerm(LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 1)))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
