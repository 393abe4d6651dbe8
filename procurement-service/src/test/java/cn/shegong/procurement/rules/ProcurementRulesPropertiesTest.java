package cn.shegong.procurement.rules;

import java.math.BigDecimal;
import java.time.Period;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.shegong.procurement.bidding.model.ConflictOfInterest;
import cn.shegong.procurement.bidding.model.PriorityBonus;
import cn.shegong.procurement.budget.model.BudgetRules;
import cn.shegong.procurement.money.model.Money;
import cn.shegong.procurement.payment.model.Grade;
import cn.shegong.procurement.payment.model.PayoutPolicy;
import cn.shegong.procurement.project.model.TermRules;
import cn.shegong.procurement.registry.model.BanPolicy;
import cn.shegong.procurement.staffing.model.Fraction;
import cn.shegong.procurement.staffing.model.StaffingRequirement;
import cn.shegong.procurement.tender.model.TenderRules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ProcurementRulesPropertiesTest {

	private static final ProcurementRulesProperties NOTHING_CONFIGURED = new ProcurementRulesProperties(null, null,
			null, null, null, null, null);

	@Test
	void aCityThatConfiguresNothingGetsTheDefaultsTheDomainStates() {
		assertThat(NOTHING_CONFIGURED.budgetRules()).isEqualTo(BudgetRules.defaults());
		assertThat(NOTHING_CONFIGURED.termRules()).isEqualTo(TermRules.defaults());
		assertThat(NOTHING_CONFIGURED.tenderRules()).isEqualTo(TenderRules.defaults());
		assertThat(NOTHING_CONFIGURED.staffingRequirement()).isEqualTo(StaffingRequirement.defaults());
		assertThat(NOTHING_CONFIGURED.payoutPolicy()).isEqualTo(PayoutPolicy.defaults());
		assertThat(NOTHING_CONFIGURED.banPolicy()).isEqualTo(BanPolicy.defaults());
		assertThat(NOTHING_CONFIGURED.priorityBonus()).isEqualTo(PriorityBonus.defaults());
		assertThat(NOTHING_CONFIGURED.conflictOfInterest()).isEqualTo(ConflictOfInterest.defaults());
	}

	@Test
	void aCityChangesOnlyTheNumbersItStatesAndKeepsTheOthers() {
		ProcurementRulesProperties shenzhen = new ProcurementRulesProperties(
				new ProcurementRulesProperties.Budget(null, 5000, "500000.00", null), null,
				new ProcurementRulesProperties.Tendering(null, 5, null, null, null, null, null),
				new ProcurementRulesProperties.Staffing(null, 3, null, null, 20),
				new ProcurementRulesProperties.Payout(Map.of(Grade.PASS, 2000), null),
				new ProcurementRulesProperties.Ban(24),
				new ProcurementRulesProperties.Scoring(new BigDecimal("3.00"), null, Period.ofYears(5)));

		assertThat(shenzhen.budgetRules().citySubsidyBasisPoints()).isEqualTo(5000);
		assertThat(shenzhen.budgetRules().citySubsidyCapPerTownPerYear()).isEqualTo(Money.ofYuan(500_000));
		assertThat(shenzhen.budgetRules().personnelShareLimitBasisPoints()).isEqualTo(7000);
		assertThat(shenzhen.tenderRules().challengeWindowWorkingDays()).isEqualTo(5);
		assertThat(shenzhen.tenderRules().openTenderMinimumBiddingDays()).isEqualTo(20);
		assertThat(shenzhen.staffingRequirement()).isEqualTo(new StaffingRequirement(6, 3, Fraction.of(2, 3), 20));
		assertThat(shenzhen.payoutPolicy().payoutByGrade().get(Grade.PASS).heldBasisPoints()).isEqualTo(2000);
		assertThat(shenzhen.payoutPolicy().payoutByGrade().get(Grade.GOOD).heldBasisPoints()).isZero();
		assertThat(shenzhen.banPolicy().banMonths()).isEqualTo(24);
		assertThat(shenzhen.priorityBonus().excellent()).isEqualByComparingTo("3.00");
		assertThat(shenzhen.priorityBonus().good()).isEqualByComparingTo("1.00");
		assertThat(shenzhen.conflictOfInterest().lookBack()).isEqualTo(Period.ofYears(5));
	}

	@Test
	void aConfigurationThatWouldHoldBackPartOfAFailingTrancheIsRefusedAtStartUp() {
		ProcurementRulesProperties confused = new ProcurementRulesProperties(null, null, null, null,
				new ProcurementRulesProperties.Payout(Map.of(Grade.FAIL, 10_000), null), null, null);

		assertThatIllegalArgumentException().isThrownBy(confused::payoutPolicy).withMessageContaining("FAIL");
	}

}
