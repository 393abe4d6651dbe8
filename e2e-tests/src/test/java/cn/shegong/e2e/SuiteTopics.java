package cn.shegong.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.event.EventJson;

/**
 * The suite's broker as a test sees it: what a service published, read from the start of
 * its topic to the end, and, where a service that does not exist yet has to play its
 * part, an envelope published in that service's name.
 */
final class SuiteTopics {

	static final String BROKER = "127.0.0.1:9092";

	private SuiteTopics() {
	}

	/**
	 * Every envelope of {@code type} about {@code subject} on the topic, oldest first.
	 */
	static List<EventEnvelope> about(String topic, String subject, String type) {
		return all(topic).stream()
			.filter((event) -> event.subject().equals(subject) && event.type().equals(type))
			.toList();
	}

	static List<EventEnvelope> all(String topic) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BROKER,
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		List<EventEnvelope> events = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new StringDeserializer())) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10))
				.stream()
				.map((info) -> new TopicPartition(topic, info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
			while (!reached(consumer, ends)) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
					events.add(EventJson.standard().read(record.value()));
				}
			}
		}
		return events;
	}

	static void publish(String topic, EventEnvelope envelope) {
		Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BROKER, ProducerConfig.ACKS_CONFIG,
				"all");
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
				new StringSerializer())) {
			producer.send(new ProducerRecord<>(topic, envelope.subject(), EventJson.standard().write(envelope))).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException("could not publish " + envelope.type() + " to " + BROKER, ex);
		}
	}

	private static boolean reached(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> ends) {
		Set<TopicPartition> assigned = consumer.assignment();
		return assigned.stream().allMatch((partition) -> consumer.position(partition) >= ends.get(partition));
	}

}
