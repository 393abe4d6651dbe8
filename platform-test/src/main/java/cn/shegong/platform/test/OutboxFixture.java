package cn.shegong.platform.test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import cn.shegong.platform.event.EventJson;
import cn.shegong.platform.outbox.KafkaEventSender;
import cn.shegong.platform.outbox.Outbox;
import cn.shegong.platform.outbox.OutboxProperties;
import cn.shegong.platform.outbox.OutboxRelay;

import static org.awaitility.Awaitility.await;

/**
 * A running outbox relay over a fresh database of the test store, publishing to the given
 * broker with short timeouts, so tests see a broker outage within seconds. Close it after
 * use.
 */
public final class OutboxFixture implements AutoCloseable {

	private final MongoClient client;

	private final MongoTemplate mongo;

	private final DefaultKafkaProducerFactory<String, String> producers;

	private final OutboxRelay relay;

	private final Outbox outbox;

	private OutboxFixture(String bootstrapServers, String topic, String collection) {
		String uri = InProcessMongo.freshDatabaseUri("outbox");
		this.client = MongoClients.create(uri);
		this.mongo = new MongoTemplate(this.client, uri.substring(uri.lastIndexOf('/') + 1));
		this.producers = new DefaultKafkaProducerFactory<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
				bootstrapServers, ProducerConfig.MAX_BLOCK_MS_CONFIG, 1000, ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
				2000, ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 3000), new StringSerializer(), new StringSerializer());
		OutboxProperties properties = new OutboxProperties();
		properties.setCollections(List.of(collection));
		properties.setPollInterval(Duration.ofMillis(100));
		properties.setMaxBackoff(Duration.ofMillis(500));
		EventJson json = EventJson.standard();
		this.relay = new OutboxRelay(this.mongo,
				new KafkaEventSender(new KafkaTemplate<>(this.producers), json, Duration.ofSeconds(3)), properties);
		this.outbox = new Outbox("outbox-test", topic, Clock.systemUTC(), json, this.relay);
		this.relay.start();
	}

	public static OutboxFixture start(String bootstrapServers, String topic, String collection) {
		return new OutboxFixture(bootstrapServers, topic, collection);
	}

	public MongoTemplate mongo() {
		return this.mongo;
	}

	public Outbox outbox() {
		return this.outbox;
	}

	public OutboxRelay relay() {
		return this.relay;
	}

	/**
	 * Every record on the topic from the beginning, once at least {@code atLeast} have
	 * arrived.
	 */
	public static List<ConsumerRecord<String, String>> records(String bootstrapServers, String topic, int atLeast) {
		Map<String, Object> props = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ConsumerConfig.GROUP_ID_CONFIG, "reader-" + System.nanoTime(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
				"earliest");
		List<ConsumerRecord<String, String>> records = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
				new StringDeserializer())) {
			consumer.subscribe(List.of(topic));
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				consumer.poll(Duration.ofMillis(500)).forEach(records::add);
				return records.size() >= atLeast;
			});
		}
		return records;
	}

	@Override
	public void close() {
		this.relay.stop();
		this.producers.destroy();
		this.client.close();
	}

}
