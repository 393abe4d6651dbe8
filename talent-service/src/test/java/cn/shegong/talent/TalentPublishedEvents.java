package cn.shegong.talent;

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
import cn.shegong.platform.event.Topics;
import cn.shegong.platform.outbox.OutboxRelay;
import cn.shegong.platform.test.EventSchemas;
import cn.shegong.talent.event.TalentEvents;
import tools.jackson.databind.json.JsonMapper;

import static org.awaitility.Awaitility.await;

/**
 * What talent-service has published, read back from the broker. Once the outbox is
 * drained every stored event has been acknowledged, so reading the topic to its end shows
 * all of them: a test counts events exactly without waiting for a fixed time.
 */
public final class TalentPublishedEvents {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String bootstrapServers;

	private final OutboxRelay relay;

	public TalentPublishedEvents(String bootstrapServers, OutboxRelay relay) {
		this.bootstrapServers = bootstrapServers;
		this.relay = relay;
	}

	/** The events of a type about one subject, in the order they were published. */
	public List<EventEnvelope> about(String subject, EventType type) {
		await().atMost(Duration.ofSeconds(30)).until(() -> this.relay.pendingCount() == 0);
		return readToEnd().stream().filter((event) -> event.subject().equals(subject) && event.is(type)).toList();
	}

	/** Schema violations of an event's data against talent's published schema. */
	public static List<String> violations(EventEnvelope event) {
		EventType type = EventType.of(event.type(), event.version());
		return EventSchemas.violations(TalentPublishedEvents.class.getResourceAsStream(TalentEvents.schemaPath(type)),
				JSON.writeValueAsString(event.data()));
	}

	private List<EventEnvelope> readToEnd() {
		Map<String, Object> props = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers,
				ConsumerConfig.GROUP_ID_CONFIG, "reader-" + System.nanoTime(), ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
				false);
		EventJson json = EventJson.standard();
		List<EventEnvelope> events = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
				new StringDeserializer())) {
			List<TopicPartition> partitions = consumer.partitionsFor(Topics.TALENT, Duration.ofSeconds(10))
				.stream()
				.map((info) -> new TopicPartition(Topics.TALENT, info.partition()))
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
