package cn.shegong.platform.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextConfiguration;

/**
 * A whole service in one JVM: its real application context against an embedded KRaft
 * broker and the test store. Requests go through MockMvc with the service's real
 * security.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(properties = { "spring.kafka.consumer.auto-offset-reset=earliest",
		"spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:1/unused-in-tests" })
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@ContextConfiguration(initializers = InProcessMongoInitializer.class)
public @interface ServiceIntegrationTest {

}
