package cn.shegong.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;

import cn.shegong.platform.event.EventJson;

/** Sends an event keyed by its subject and waits for the broker's acknowledgement. */
public class KafkaEventSender implements EventSender {

	public static final String TYPE_HEADER = "shegong-event-type";

	public static final String REQUEST_ID_HEADER = "x-request-id";

	private final KafkaTemplate<String, String> kafka;

	private final EventJson json;

	private final Duration timeout;

	public KafkaEventSender(KafkaTemplate<String, String> kafka, EventJson json, Duration timeout) {
		this.kafka = kafka;
		this.json = json;
		this.timeout = timeout;
	}

	@Override
	public void send(PendingEvent event) throws EventNotSentException {
		ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.subject(),
				this.json.write(event.envelope()));
		record.headers().add(TYPE_HEADER, event.type().getBytes(StandardCharsets.UTF_8));
		if (event.requestId() != null) {
			record.headers().add(REQUEST_ID_HEADER, event.requestId().getBytes(StandardCharsets.UTF_8));
		}
		try {
			this.kafka.send(record).get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new EventNotSentException("interrupted while sending " + event.eventId(), ex);
		}
		catch (ExecutionException | TimeoutException | RuntimeException ex) {
			throw new EventNotSentException("broker did not acknowledge " + event.type() + " " + event.eventId(), ex);
		}
	}

}
