package cn.shegong.platform.test;

import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.event.EventJson;
import cn.shegong.platform.event.EventType;
import cn.shegong.platform.outbox.OutboxRelay;
import tools.jackson.databind.json.JsonMapper;

import static org.awaitility.Awaitility.await;

/**
 * What a service has published on its topic, read back from the broker. Once the outbox
 * is drained every stored event has been acknowledged by the broker, so reading the topic
 * up to its end then shows all of them: a test can count events exactly without waiting
 * for a fixed time. Schemas are found on the class path by the service's own rule, e.g.
 * {@code /events/<type>.v<n>.schema.json}.
 */
public class PublishedEvents {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String bootstrapServers;

	private final OutboxRelay relay;

	private final String topic;

	public PublishedEvents(String bootstrapServers, OutboxRelay relay, String topic) {
		this.bootstrapServers = bootstrapServers;
		this.relay = relay;
		this.topic = topic;
	}

	/** Every event on the topic once nothing waits in an outbox. */
	public List<EventEnvelope> all() {
		await().atMost(Duration.ofSeconds(30)).until(() -> this.relay.pendingCount() == 0);
		return readToEnd();
	}

	/** The events of a type about one subject, in the order they were published. */
	public List<EventEnvelope> about(String subject, EventType type) {
		return all().stream().filter((event) -> event.subject().equals(subject) && event.is(type)).toList();
	}

	/** Schema violations of an event's data against the schema at {@code schemaPath}. */
	public static List<String> violations(EventEnvelope event, String schemaPath) {
		InputStream schema = PublishedEvents.class.getResourceAsStream(schemaPath);
		if (schema == null) {
			return List.of("no schema at " + schemaPath + " for " + event.type() + " v" + event.version());
		}
		return EventSchemas.violations(schema, JSON.writeValueAsString(event.data()));
	}

	private List<EventEnvelope> readToEnd() {
		Map<String, Object> props = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers,
				ConsumerConfig.GROUP_ID_CONFIG, "reader-" + System.nanoTime(), ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
				false);
		EventJson json = EventJson.standard();
		List<EventEnvelope> events = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
				new StringDeserializer())) {
			List<TopicPartition> partitions = consumer.partitionsFor(this.topic, Duration.ofSeconds(10))
				.stream()
				.map((info) -> new TopicPartition(this.topic, info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				consumer.poll(Duration.ofMillis(200)).forEach((record) -> events.add(json.read(record.value())));
				return partitions.stream().allMatch((partition) -> consumer.position(partition) >= end.get(partition));
			});
		}
		return events;
	}

}
