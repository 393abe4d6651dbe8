package cn.shegong.procurement.contract.model;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.procurement.money.model.Money;
import cn.shegong.procurement.tender.model.TenderRules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContractAddOnTest {

	private static final LocalDate ON = LocalDate.of(2027, 5, 10);

	private static final TenderRules RULES = TenderRules.defaults();

	@Test
	void addOnsUpToTenPercentOfTheOriginalPriceAreAgreedAndRecordedWithTheirReason() {
		Contract contract = Contracts.signed();

		contract.addOn("addon-1", Money.ofYuan(20_000), "增加两个小区的长者探访", ON, "officer.haining", RULES);
		AddOn second = contract.addOn("addon-2", Money.ofYuan("26500.00"), "暑期儿童托管", ON, "officer.haining", RULES);

		assertThat(contract.addedOn()).isEqualTo(Money.ofYuan("46500.00"));
		assertThat(contract.addOns()).hasSize(2);
		assertThat(second.reason()).isEqualTo("暑期儿童托管");
	}

	@Test
	void anAddOnThatTakesTheTotalOneFenPastTenPercentIsRefusedAndNothingIsRecorded() {
		Contract contract = Contracts.signed();
		contract.addOn("addon-1", Money.ofYuan(40_000), "增加服务点", ON, "officer.haining", RULES);

		assertThatThrownBy(
				() -> contract.addOn("addon-2", Money.ofYuan("6500.01"), "再增加", ON, "officer.haining", RULES))
			.isInstanceOfSatisfying(ProblemException.class,
					(refusal) -> assertThat(refusal.rule()).isEqualTo("single-source-add-on-too-large"));
		assertThat(contract.addedOn()).isEqualTo(Money.ofYuan(40_000));
	}

	@Test
	void aDraftContractTakesNoAddOn() {
		Contract draft = Contracts.draft();

		assertThatThrownBy(() -> draft.addOn("addon-1", Money.ofYuan(1_000), "x", ON, "officer.haining", RULES))
			.isInstanceOfSatisfying(ProblemException.class,
					(refusal) -> assertThat(refusal.rule()).isEqualTo("contract-not-running"));
	}

	@Test
	void anAddOnWithoutAReasonIsRefused() {
		Contract contract = Contracts.signed();

		assertThatThrownBy(() -> contract.addOn("addon-1", Money.ofYuan(1_000), " ", ON, "officer.haining", RULES))
			.isInstanceOfSatisfying(ProblemException.class,
					(refusal) -> assertThat(refusal.rule()).isEqualTo("add-on-reason-required"));
	}

}
