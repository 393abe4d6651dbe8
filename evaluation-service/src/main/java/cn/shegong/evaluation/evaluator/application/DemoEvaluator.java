package cn.shegong.evaluation.evaluator.application;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import cn.shegong.evaluation.evaluator.model.Evaluator;
import cn.shegong.evaluation.evaluator.persistence.EvaluatorRegister;

/**
 * Registers the demo realm's evaluator at start-up, with no employment and no contracts,
 * unless already registered (then their record, perhaps edited since, is left alone).
 * Inserted under their id, so restarts and instances starting together register them
 * once.
 */
@Component
@EnableConfigurationProperties(EvaluatorProperties.class)
class DemoEvaluator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoEvaluator.class);

	private final EvaluatorRegister register;

	private final EvaluatorProperties properties;

	DemoEvaluator(EvaluatorRegister register, EvaluatorProperties properties) {
		this.register = register;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.properties.registersDemo() && this.register.registerIfAbsent(new Evaluator(this.properties.demoId(),
				this.properties.demoName(), this.properties.demoOrganisationId(), List.of()))) {
			log.info("Registered the demo evaluator {} of {}", this.properties.demoId(),
					this.properties.demoOrganisationId());
		}
	}

}
