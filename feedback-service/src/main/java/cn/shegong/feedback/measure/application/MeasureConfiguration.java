package cn.shegong.feedback.measure.application;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.shegong.feedback.measure.model.MeasureTargets;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MeasureProperties.class)
class MeasureConfiguration {

	@Bean
	MeasureTargets measureTargets(MeasureProperties properties) {
		return properties.targets();
	}

}
