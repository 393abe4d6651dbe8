package cn.shegong.e2e;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.shegong.launcher.Suite;
import cn.shegong.launcher.SuiteLayout;
import cn.shegong.launcher.part.KafkaPart;
import cn.shegong.platform.event.EventJson;
import cn.shegong.platform.event.EventType;
import cn.shegong.platform.outbox.Outbox;
import cn.shegong.platform.outbox.PendingEvent;
import cn.shegong.platform.test.OutboxFixture;

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

	private KafkaPart broker;

	private OutboxFixture fixture;

	@AfterEach
	void stopEverything() {
		if (this.fixture != null) {
			this.fixture.close();
		}
		if (this.broker != null) {
			this.suite.downPart(this.broker);
			this.suite.wipe(this.broker);
		}
	}

	@Test
	void eventStoredWhileTheBrokerIsDownIsPublishedOnceItIsBack() throws Exception {
		int[] ports = twoFreePorts();
		this.broker = KafkaPart.standalone("kafka-outage-test", ports[0], ports[1]);
		this.suite.wipe(this.broker);
		this.suite.upPart(this.broker);
		this.fixture = OutboxFixture.start(this.broker.url(), TOPIC, "things");

		this.suite.downPart(this.broker);
		PendingEvent event = this.fixture.outbox()
			.pending(EventType.of("outage.ThingHappened", 1), "thing-1", Map.of("n", 1));
		this.fixture.mongo().insert(new Document("_id", "thing-1").append(Outbox.FIELD, List.of(event)), "things");
		this.fixture.outbox().written();
		await().during(Duration.ofSeconds(3))
			.atMost(Duration.ofSeconds(10))
			.until(() -> this.fixture.relay().pendingCount() == 1);

		this.suite.upPart(this.broker);

		await().atMost(Duration.ofSeconds(90)).until(() -> this.fixture.relay().pendingCount() == 0);
		List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> published = OutboxFixture
			.records(this.broker.url(), TOPIC, 1);
		assertThat(published).hasSize(1);
		assertThat(EventJson.standard().read(published.get(0).value()).eventId()).isEqualTo(event.eventId());
	}

	/** Two ports held open together while chosen, so they can never be the same. */
	private static int[] twoFreePorts() throws Exception {
		try (ServerSocket first = new ServerSocket(0); ServerSocket second = new ServerSocket(0)) {
			return new int[] { first.getLocalPort(), second.getLocalPort() };
		}
	}

}
