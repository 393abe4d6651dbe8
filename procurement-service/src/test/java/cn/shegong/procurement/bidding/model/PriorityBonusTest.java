package cn.shegong.procurement.bidding.model;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PriorityBonusTest {

	private final PriorityBonus defaults = PriorityBonus.defaults();

	@Test
	void anExcellentLastGradeEarnsTwoPointsByDefault() {
		assertThat(this.defaults.bonusFor(PastGrade.EXCELLENT)).isEqualTo(new BigDecimal("2.00"));
	}

	@Test
	void aGoodLastGradeEarnsOnePointByDefault() {
		assertThat(this.defaults.bonusFor(PastGrade.GOOD)).isEqualTo(new BigDecimal("1.00"));
	}

	@ParameterizedTest
	@EnumSource(value = PastGrade.class, names = { "PASS", "FAIL", "NONE" })
	void otherGradesAndNoGradeEarnNothing(PastGrade grade) {
		assertThat(this.defaults.bonusFor(grade)).isEqualTo(new BigDecimal("0.00"));
	}

	@Test
	void aCityMayConfigureItsOwnBonus() {
		PriorityBonus city = new PriorityBonus(new BigDecimal("3"), new BigDecimal("1.5"));

		assertThat(city.bonusFor(PastGrade.EXCELLENT)).isEqualTo(new BigDecimal("3.00"));
		assertThat(city.bonusFor(PastGrade.GOOD)).isEqualTo(new BigDecimal("1.50"));
		assertThat(PriorityBonus.none().bonusFor(PastGrade.EXCELLENT)).isEqualTo(new BigDecimal("0.00"));
	}

	@Test
	void aNegativeBonusOrOneFinerThanHundredthsIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PriorityBonus(new BigDecimal("-1.00"), new BigDecimal("1.00")));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PriorityBonus(new BigDecimal("2.00"), new BigDecimal("1.005")));
	}

}
