package cn.shegong.platform.store;

import org.bson.Document;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The store's health by {@code ping}. Boot's own indicator asks {@code hello}, which the
 * embedded store (mongo-java-server 1.47) does not know, so every service reported DOWN
 * against it; {@code ping} answers on the embedded store and on real MongoDB alike.
 */
@AutoConfiguration(
		beforeName = "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration",
		afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@ConditionalOnClass({ MongoTemplate.class, AbstractHealthIndicator.class })
public class StoreHealthAutoConfiguration {

	/**
	 * Named as Boot's contributor so that Boot's backs off and the readiness group keeps
	 * the name "mongo".
	 */
	@Bean(name = "mongoHealthContributor")
	AbstractHealthIndicator mongoHealthContributor(MongoTemplate mongo) {
		return new AbstractHealthIndicator("Document store health check failed") {
			@Override
			protected void doHealthCheck(Health.Builder builder) {
				Document answer = mongo.executeCommand(new Document("ping", 1));
				builder.up().withDetail("database", mongo.getDb().getName()).withDetail("ping", answer.get("ok"));
			}
		};
	}

}
