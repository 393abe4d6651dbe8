package cn.shegong.procurement.rules;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.shegong.procurement.bidding.model.ConflictOfInterest;
import cn.shegong.procurement.bidding.model.PriorityBonus;
import cn.shegong.procurement.budget.model.BudgetRules;
import cn.shegong.procurement.payment.model.PayoutPolicy;
import cn.shegong.procurement.project.model.TermRules;
import cn.shegong.procurement.registry.model.BanPolicy;
import cn.shegong.procurement.staffing.model.StaffingRequirement;
import cn.shegong.procurement.tender.model.TenderRules;

/**
 * The city's rules as beans, each built once at start-up from
 * {@link ProcurementRulesProperties}: a rule that cannot hold (a personnel limit above
 * 100%, say) stops the service from starting rather than refusing users later.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProcurementRulesProperties.class)
class ProcurementRulesConfiguration {

	@Bean
	BudgetRules budgetRules(ProcurementRulesProperties rules) {
		return rules.budgetRules();
	}

	@Bean
	TermRules termRules(ProcurementRulesProperties rules) {
		return rules.termRules();
	}

	@Bean
	TenderRules tenderRules(ProcurementRulesProperties rules) {
		return rules.tenderRules();
	}

	/** What a project asks of its staff when its buyer states nothing. */
	@Bean
	StaffingRequirement defaultStaffingRequirement(ProcurementRulesProperties rules) {
		return rules.staffingRequirement();
	}

	@Bean
	PayoutPolicy payoutPolicy(ProcurementRulesProperties rules) {
		return rules.payoutPolicy();
	}

	@Bean
	BanPolicy banPolicy(ProcurementRulesProperties rules) {
		return rules.banPolicy();
	}

	@Bean
	PriorityBonus priorityBonus(ProcurementRulesProperties rules) {
		return rules.priorityBonus();
	}

	@Bean
	ConflictOfInterest conflictOfInterest(ProcurementRulesProperties rules) {
		return rules.conflictOfInterest();
	}

}
