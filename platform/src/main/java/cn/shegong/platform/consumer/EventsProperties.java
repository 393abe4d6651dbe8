package cn.shegong.platform.consumer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which topic a service publishes to, which it reads, and how hard a consumer retries.
 */
@ConfigurationProperties("shegong.events")
public class EventsProperties {

	/**
	 * The name events carry as their {@code source}; defaults to spring.application.name.
	 */
	private String source;

	/** The one topic this service publishes to. */
	private String publishes;

	/**
	 * Topics this service consumes; each gets a dead-letter topic of this service's own.
	 */
	private List<String> consumes = new ArrayList<>();

	/** Partitions of topics this service creates. */
	private int partitions = 3;

	/**
	 * Replication factor of topics this service creates (1 on a one-broker local stack).
	 */
	private short replicationFactor = 1;

	private final Retry retry = new Retry();

	public String getSource() {
		return this.source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public String getPublishes() {
		return this.publishes;
	}

	public void setPublishes(String publishes) {
		this.publishes = publishes;
	}

	public List<String> getConsumes() {
		return this.consumes;
	}

	public void setConsumes(List<String> consumes) {
		this.consumes = consumes;
	}

	public int getPartitions() {
		return this.partitions;
	}

	public void setPartitions(int partitions) {
		this.partitions = partitions;
	}

	public short getReplicationFactor() {
		return this.replicationFactor;
	}

	public void setReplicationFactor(short replicationFactor) {
		this.replicationFactor = replicationFactor;
	}

	public Retry getRetry() {
		return this.retry;
	}

	public static class Retry {

		/** Attempts after the first before a message goes to the dead-letter topic. */
		private int maxRetries = 4;

		private Duration initialInterval = Duration.ofMillis(500);

		private double multiplier = 2.0;

		private Duration maxInterval = Duration.ofSeconds(5);

		public int getMaxRetries() {
			return this.maxRetries;
		}

		public void setMaxRetries(int maxRetries) {
			this.maxRetries = maxRetries;
		}

		public Duration getInitialInterval() {
			return this.initialInterval;
		}

		public void setInitialInterval(Duration initialInterval) {
			this.initialInterval = initialInterval;
		}

		public double getMultiplier() {
			return this.multiplier;
		}

		public void setMultiplier(double multiplier) {
			this.multiplier = multiplier;
		}

		public Duration getMaxInterval() {
			return this.maxInterval;
		}

		public void setMaxInterval(Duration maxInterval) {
			this.maxInterval = maxInterval;
		}

	}

}
