package cn.shegong.talent.tier.application;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.shegong.talent.appraisal.model.AppraisalPolicy;
import cn.shegong.talent.tier.model.AllowanceSchedule;
import cn.shegong.talent.tier.model.TierPolicy;

/**
 * The published defaults (Rugao's tiers and allowances, Shenzhen's grade bands) until a
 * city's own table is configured.
 */
@Configuration(proxyBeanMethods = false)
class TierRulesConfiguration {

	@Bean
	TierPolicy tierPolicy() {
		return TierPolicy.defaults();
	}

	@Bean
	AllowanceSchedule allowanceSchedule() {
		return AllowanceSchedule.defaults();
	}

	@Bean
	AppraisalPolicy appraisalPolicy() {
		return AppraisalPolicy.defaults();
	}

}
