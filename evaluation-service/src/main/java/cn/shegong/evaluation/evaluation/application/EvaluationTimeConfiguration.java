package cn.shegong.evaluation.evaluation.application;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Binds the flow's rules. The working-day calendar the reply window counts in is the
 * platform's, configured under {@code shegong.calendar.*}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EvaluationFlowProperties.class)
class EvaluationTimeConfiguration {

}
