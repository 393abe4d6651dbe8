package cn.shegong.platform.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where a service keeps aggregates with pending events, and how eagerly the relay looks.
 */
@ConfigurationProperties("shegong.outbox")
public class OutboxProperties {

	/** Collections whose documents carry an {@code outbox} array of pending events. */
	private List<String> collections = new ArrayList<>();

	/** How often the relay looks when nobody wakes it. */
	private Duration pollInterval = Duration.ofMillis(500);

	/** The longest wait between attempts while the broker is unreachable. */
	private Duration maxBackoff = Duration.ofSeconds(10);

	/** How long one send may wait for the broker's acknowledgement. */
	private Duration sendTimeout = Duration.ofSeconds(10);

	/** Documents read per collection in one pass. */
	private int batchSize = 100;

	public List<String> getCollections() {
		return this.collections;
	}

	public void setCollections(List<String> collections) {
		this.collections = collections;
	}

	public Duration getPollInterval() {
		return this.pollInterval;
	}

	public void setPollInterval(Duration pollInterval) {
		this.pollInterval = pollInterval;
	}

	public Duration getMaxBackoff() {
		return this.maxBackoff;
	}

	public void setMaxBackoff(Duration maxBackoff) {
		this.maxBackoff = maxBackoff;
	}

	public Duration getSendTimeout() {
		return this.sendTimeout;
	}

	public void setSendTimeout(Duration sendTimeout) {
		this.sendTimeout = sendTimeout;
	}

	public int getBatchSize() {
		return this.batchSize;
	}

	public void setBatchSize(int batchSize) {
		this.batchSize = batchSize;
	}

}
