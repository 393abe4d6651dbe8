package cn.shegong.e2e;

import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
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
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import cn.shegong.launcher.Suite;
import cn.shegong.launcher.SuiteLayout;
import cn.shegong.launcher.part.KafkaPart;
import cn.shegong.platform.event.EventJson;
import cn.shegong.platform.event.EventType;
import cn.shegong.platform.outbox.KafkaEventSender;
import cn.shegong.platform.outbox.Outbox;
import cn.shegong.platform.outbox.OutboxProperties;
import cn.shegong.platform.outbox.OutboxRelay;
import cn.shegong.platform.outbox.PendingEvent;
import cn.shegong.platform.test.InProcessMongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox against a real broker process that goes away and comes back at the same
 * address: an event stored while the broker is down waits in its document and is
 * published once the broker is back. A broker of its own, so the platform's broker is
 * never touched.
 */
class OutboxBrokerOutageIT {

	private static final String TOPIC = "outage.events";

	private final Suite suite = new Suite(SuiteLayout.locate());

	private final EventJson json = EventJson.standard();

	private KafkaPart broker;

	private OutboxRelay relay;

	private DefaultKafkaProducerFactory<String, String> producers;

	private MongoClient client;

	@AfterEach
	void stopEverything() {
		if (this.relay != null) {
			this.relay.stop();
		}
		if (this.producers != null) {
			this.producers.destroy();
		}
		if (this.client != null) {
			this.client.close();
		}
		if (this.broker != null) {
			this.suite.downPart(this.broker);
		}
	}

	@Test
	void eventStoredWhileTheBrokerIsDownIsPublishedOnceItIsBack() throws Exception {
		this.broker = KafkaPart.standalone("kafka-outage-test", freePort(), freePort());
		this.suite.upPart(this.broker);
		String uri = InProcessMongo.freshDatabaseUri("outage");
		this.client = MongoClients.create(uri);
		MongoTemplate mongo = new MongoTemplate(this.client, uri.substring(uri.lastIndexOf('/') + 1));
		this.relay = relayTo(mongo, this.broker.url());
		Outbox outbox = new Outbox("outage-test", TOPIC, Clock.systemUTC(), this.json, this.relay);
		this.relay.start();

		this.suite.downPart(this.broker);
		PendingEvent event = outbox.pending(EventType.of("outage.ThingHappened", 1), "thing-1", Map.of("n", 1));
		mongo.insert(new Document("_id", "thing-1").append(Outbox.FIELD, List.of(event)), "things");
		outbox.written();
		await().during(Duration.ofSeconds(3))
			.atMost(Duration.ofSeconds(10))
			.until(() -> this.relay.pendingCount() == 1);

		this.suite.upPart(this.broker);

		await().atMost(Duration.ofSeconds(90)).until(() -> this.relay.pendingCount() == 0);
		assertThat(this.json.read(onlyRecord().value()).eventId()).isEqualTo(event.eventId());
	}

	private OutboxRelay relayTo(MongoTemplate mongo, String bootstrap) {
		this.producers = new DefaultKafkaProducerFactory<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
				ProducerConfig.MAX_BLOCK_MS_CONFIG, 2000, ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
				ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 4000), new StringSerializer(), new StringSerializer());
		OutboxProperties properties = new OutboxProperties();
		properties.setCollections(List.of("things"));
		properties.setPollInterval(Duration.ofMillis(200));
		properties.setMaxBackoff(Duration.ofSeconds(1));
		return new OutboxRelay(mongo,
				new KafkaEventSender(new KafkaTemplate<>(this.producers), this.json, Duration.ofSeconds(5)),
				properties);
	}

	private ConsumerRecord<String, String> onlyRecord() {
		Map<String, Object> props = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.broker.url(),
				ConsumerConfig.GROUP_ID_CONFIG, "outage-reader", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
				new StringDeserializer())) {
			consumer.subscribe(List.of(TOPIC));
			java.util.List<ConsumerRecord<String, String>> records = new java.util.ArrayList<>();
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				consumer.poll(Duration.ofMillis(500)).forEach(records::add);
				return !records.isEmpty();
			});
			assertThat(records).hasSize(1);
			return records.get(0);
		}
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
