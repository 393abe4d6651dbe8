package cn.shegong.platform.test;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points a test's application context at a fresh database of the test store. */
public class InProcessMongoInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String application = context.getEnvironment().getProperty("spring.application.name", "test");
		String uri = InProcessMongo.freshDatabaseUri(application.replace('-', '_'));
		TestPropertyValues.of("spring.mongodb.uri=" + uri).applyTo(context);
	}

}
