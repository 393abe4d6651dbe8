package cn.shegong.platform.consumer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.ContextConfiguration;

import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.event.EventJson;
import cn.shegong.platform.event.Topics;
import cn.shegong.platform.test.InProcessMongoInitializer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "spring.application.name=counting-service", "shegong.events.consumes=counting.events",
				"shegong.events.partitions=1", "shegong.events.retry.initial-interval=100ms",
				"spring.kafka.consumer.auto-offset-reset=earliest" })
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@ContextConfiguration(initializers = InProcessMongoInitializer.class)
class EventConsumptionIT {

	private static final String DEAD_LETTERS = Topics.deadLetterOf(CountingConsumerApplication.TOPIC,
			"counting-service");

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	EventJson json;

	@Autowired
	CountingConsumerApplication.CountingListener listener;

	@Autowired
	EmbeddedKafkaBroker broker;

	@Test
	void messageDeliveredTwiceChangesStateOnce() {
		EventEnvelope event = event("project-twice", Map.of());

		send(event);
		send(event);
		EventEnvelope after = event("project-after", Map.of());
		send(after);

		await().atMost(Duration.ofSeconds(30)).until(() -> this.listener.count("project-after") == 1);
		assertThat(this.listener.count("project-twice")).isEqualTo(1);
	}

	@Test
	void poisonMessageLandsInTheDeadLetterTopicWithoutBlockingThePartition() {
		this.kafka.send(CountingConsumerApplication.TOPIC, "poison", "{ this is not an envelope");
		send(event("project-behind-poison", Map.of()));

		await().atMost(Duration.ofSeconds(30)).until(() -> this.listener.count("project-behind-poison") == 1);
		ConsumerRecord<String, String> parked = deadLetter("poison");
		assertThat(parked.value()).isEqualTo("{ this is not an envelope");
	}

	@Test
	void failingHandlerIsRetriedWithBackOffAndTakesEffectOnce() {
		EventEnvelope flaky = event("project-flaky", Map.of("failTimes", 2));

		send(flaky);

		await().atMost(Duration.ofSeconds(30)).until(() -> this.listener.count("project-flaky") == 1);
		assertThat(this.listener.attempts.get(flaky.eventId())).hasValue(3);
	}

	private EventEnvelope event(String subject, Map<String, Object> data) {
		return new EventEnvelope(UUID.randomUUID().toString(), "counting.ThingCounted", 1, Instant.now(),
				"counting-test", subject, data);
	}

	private void send(EventEnvelope event) {
		this.kafka.send(CountingConsumerApplication.TOPIC, event.subject(), this.json.write(event));
	}

	private ConsumerRecord<String, String> deadLetter(String key) {
		Map<String, Object> props = KafkaTestUtils.consumerProps(this.broker.getBrokersAsString(), "dlt-reader", false);
		props.put("auto.offset.reset", "earliest");
		try (Consumer<String, String> consumer = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(),
				new StringDeserializer())
			.createConsumer()) {
			consumer.subscribe(List.of(DEAD_LETTERS));
			List<ConsumerRecord<String, String>> parked = new java.util.ArrayList<>();
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				consumer.poll(Duration.ofMillis(500)).forEach(parked::add);
				return parked.stream().anyMatch((record) -> key.equals(record.key()));
			});
			return parked.stream().filter((record) -> key.equals(record.key())).findFirst().orElseThrow();
		}
	}

}
