package cn.shegong.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.event.EventJson;
import cn.shegong.platform.event.EventType;
import cn.shegong.platform.test.InProcessMongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class OutboxRelayIT {

	private static final String TOPIC = "tendering.events";

	private static final EventType TENDER_PUBLISHED = EventType.of("tendering.TenderPublished", 1);

	private final EventJson json = EventJson.standard();

	private MongoClient client;

	private MongoTemplate mongo;

	private EmbeddedKafkaBroker broker;

	private OutboxRelay relay;

	private DefaultKafkaProducerFactory<String, String> producers;

	@BeforeEach
	void connectToStore() {
		String uri = InProcessMongo.freshDatabaseUri("outbox");
		this.client = MongoClients.create(uri);
		this.mongo = new MongoTemplate(this.client, uri.substring(uri.lastIndexOf('/') + 1));
	}

	@AfterEach
	void stopEverything() {
		if (this.relay != null) {
			this.relay.stop();
		}
		if (this.producers != null) {
			this.producers.destroy();
		}
		if (this.broker != null) {
			this.broker.destroy();
		}
		this.client.close();
	}

	@Test
	void pendingEventIsPublishedKeyedByItsSubjectAndLeavesTheDocument() throws Exception {
		this.broker = startBroker();
		startRelay(this.broker.getBrokersAsString());
		Outbox outbox = new Outbox("tendering-service", TOPIC, Clock.systemUTC(), this.json, this.relay);
		PendingEvent event = outbox.pending(TENDER_PUBLISHED, "tender-1", Map.of("title", "马桥街道社工站项目"));

		this.mongo.insert(tenderWith(event), "tenders");
		outbox.written();

		await().atMost(Duration.ofSeconds(30)).until(() -> this.relay.pendingCount() == 0);
		ConsumerRecord<String, String> record = singleRecord();
		assertThat(record.key()).isEqualTo("tender-1");
		EventEnvelope published = this.json.read(record.value());
		assertThat(published.eventId()).isEqualTo(event.eventId());
		assertThat(published.is(TENDER_PUBLISHED)).isTrue();
		assertThat(published.data()).containsEntry("title", "马桥街道社工站项目");
		assertThat(this.mongo.findById("tender-1", Document.class, "tenders")).containsEntry("title", "社工站");
	}

	private static Document tenderWith(PendingEvent event) {
		return new Document("_id", "tender-1").append("title", "社工站").append(Outbox.FIELD, List.of(event));
	}

	private void startRelay(String bootstrapServers) {
		this.producers = new DefaultKafkaProducerFactory<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
				bootstrapServers, ProducerConfig.MAX_BLOCK_MS_CONFIG, 1000, ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
				2000, ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 3000), new StringSerializer(), new StringSerializer());
		OutboxProperties properties = new OutboxProperties();
		properties.setCollections(List.of("tenders"));
		properties.setPollInterval(Duration.ofMillis(100));
		properties.setMaxBackoff(Duration.ofMillis(500));
		KafkaEventSender sender = new KafkaEventSender(new KafkaTemplate<>(this.producers), this.json,
				Duration.ofSeconds(3));
		this.relay = new OutboxRelay(this.mongo, sender, properties);
		this.relay.start();
	}

	private ConsumerRecord<String, String> singleRecord() {
		Map<String, Object> props = KafkaTestUtils.consumerProps(this.broker.getBrokersAsString(), "outbox-it", false);
		props.put("auto.offset.reset", "earliest");
		try (Consumer<String, String> consumer = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(),
				new StringDeserializer())
			.createConsumer()) {
			consumer.subscribe(List.of(TOPIC));
			ConsumerRecords<String, String> records = KafkaTestUtils.getRecords(consumer, Duration.ofSeconds(20), 1);
			assertThat(records.count()).isEqualTo(1);
			return records.iterator().next();
		}
	}

	private static EmbeddedKafkaBroker startBroker() {
		EmbeddedKafkaBroker broker = new EmbeddedKafkaKraftBroker(1, 1, TOPIC);
		broker.afterPropertiesSet();
		return broker;
	}

}
