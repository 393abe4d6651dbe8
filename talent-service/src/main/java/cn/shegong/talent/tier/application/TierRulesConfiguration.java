package cn.shegong.talent.tier.application;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.shegong.talent.appraisal.model.AppraisalPolicy;
import cn.shegong.talent.supervision.model.SupervisorRankRules;
import cn.shegong.talent.tier.model.AllowanceSchedule;
import cn.shegong.talent.tier.model.TierPolicy;

/**
 * The city's tier table, allowances and appraisal rules, built once at start-up from
 * {@link TalentRulesProperties}; the published defaults (Rugao's tiers and allowances,
 * Shenzhen's grade bands, our supervisor rank table) for whatever it leaves out. A table
 * that cannot hold stops the service from starting.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TalentRulesProperties.class)
class TierRulesConfiguration {

	@Bean
	TierPolicy tierPolicy(TalentRulesProperties rules) {
		return rules.tierPolicy();
	}

	@Bean
	AllowanceSchedule allowanceSchedule(TalentRulesProperties rules) {
		return rules.allowanceSchedule();
	}

	@Bean
	AppraisalPolicy appraisalPolicy(TalentRulesProperties rules) {
		return rules.appraisalPolicy();
	}

	@Bean
	SupervisorRankRules supervisorRankRules(TalentRulesProperties rules) {
		return rules.supervisorRankRules();
	}

}
