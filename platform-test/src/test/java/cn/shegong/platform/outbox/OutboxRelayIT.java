package cn.shegong.platform.outbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.event.EventJson;
import cn.shegong.platform.event.EventType;
import cn.shegong.platform.test.OutboxFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class OutboxRelayIT {

	private static final String TOPIC = "tendering.events";

	private static final EventType TENDER_PUBLISHED = EventType.of("tendering.TenderPublished", 1);

	private EmbeddedKafkaBroker broker;

	private OutboxFixture fixture;

	@AfterEach
	void stopEverything() {
		if (this.fixture != null) {
			this.fixture.close();
		}
		if (this.broker != null) {
			this.broker.destroy();
		}
	}

	@Test
	void pendingEventIsPublishedKeyedByItsSubjectAndLeavesTheDocument() {
		this.broker = new EmbeddedKafkaKraftBroker(1, 1, TOPIC);
		this.broker.afterPropertiesSet();
		this.fixture = OutboxFixture.start(this.broker.getBrokersAsString(), TOPIC, "tenders");
		PendingEvent event = this.fixture.outbox().pending(TENDER_PUBLISHED, "tender-1", Map.of("title", "马桥街道社工站项目"));

		this.fixture.mongo()
			.insert(new Document("_id", "tender-1").append("title", "社工站").append(Outbox.FIELD, List.of(event)),
					"tenders");
		this.fixture.outbox().written();

		await().atMost(Duration.ofSeconds(30)).until(() -> this.fixture.relay().pendingCount() == 0);
		List<ConsumerRecord<String, String>> records = OutboxFixture.records(this.broker.getBrokersAsString(), TOPIC,
				1);
		assertThat(records).hasSize(1);
		assertThat(records.get(0).key()).isEqualTo("tender-1");
		EventEnvelope published = EventJson.standard().read(records.get(0).value());
		assertThat(published.eventId()).isEqualTo(event.eventId());
		assertThat(published.is(TENDER_PUBLISHED)).isTrue();
		assertThat(published.data()).containsEntry("title", "马桥街道社工站项目");
		assertThat(this.fixture.mongo().findById("tender-1", Document.class, "tenders")).containsEntry("title", "社工站");
	}

}
