package cn.shegong.talent.training.application;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.shegong.talent.training.model.AnnualTrainingRule;
import cn.shegong.talent.training.model.ContinuingEducationRule;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TrainingRulesProperties.class)
class TrainingRulesConfiguration {

	@Bean
	AnnualTrainingRule annualTrainingRule(TrainingRulesProperties properties) {
		return properties.annualRule();
	}

	@Bean
	ContinuingEducationRule continuingEducationRule(TrainingRulesProperties properties) {
		return properties.continuingEducationRule();
	}

}
