package cn.shegong.platform.consumer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.StringUtils;
import org.springframework.util.backoff.ExponentialBackOff;

import cn.shegong.platform.event.EventJson;
import cn.shegong.platform.event.MalformedEventException;
import cn.shegong.platform.event.Topics;
import cn.shegong.platform.outbox.KafkaEventSender;
import cn.shegong.platform.outbox.Outbox;
import cn.shegong.platform.outbox.OutboxProperties;
import cn.shegong.platform.outbox.OutboxRelay;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event plumbing of a service: its topics, the outbox relay, idempotent consumption,
 * and retry with back-off into a dead-letter topic per consumer.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
		"org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
		"org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration" })
@EnableConfigurationProperties({ EventsProperties.class, OutboxProperties.class })
public class EventsAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EventsAutoConfiguration.class);

	@Bean
	@ConditionalOnMissingBean
	Clock clock(@Value("${shegong.time-zone:Asia/Shanghai}") String zone) {
		return Clock.system(java.time.ZoneId.of(zone));
	}

	@Bean
	@ConditionalOnMissingBean
	EventJson eventJson(JsonMapper mapper) {
		return new EventJson(mapper);
	}

	/**
	 * Producer settings that keep the relay responsive while the broker is away, and that
	 * keep order and avoid duplicates from producer retries while it is there.
	 */
	@Bean
	DefaultKafkaProducerFactoryCustomizer reliableProducerDefaults() {
		return (factory) -> {
			var defaults = new java.util.HashMap<String, Object>();
			defaults.put(ProducerConfig.ACKS_CONFIG, "all");
			defaults.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
			defaults.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
			defaults.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
			defaults.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10000);
			defaults.keySet().removeAll(factory.getConfigurationProperties().keySet());
			factory.updateConfigs(defaults);
		};
	}

	/**
	 * A consumer group per service unless configured otherwise: each service reads every
	 * event once.
	 */
	@Bean
	DefaultKafkaConsumerFactoryCustomizer consumerGroupPerService(
			@Value("${spring.application.name}") String applicationName) {
		return (factory) -> {
			if (!factory.getConfigurationProperties().containsKey(ConsumerConfig.GROUP_ID_CONFIG)) {
				factory.updateConfigs(java.util.Map.of(ConsumerConfig.GROUP_ID_CONFIG, applicationName));
			}
		};
	}

	@Bean
	@ConditionalOnMissingBean
	KafkaEventSender kafkaEventSender(KafkaTemplate<String, String> kafka, EventJson json,
			OutboxProperties properties) {
		return new KafkaEventSender(kafka, json, properties.getSendTimeout());
	}

	@Bean
	@ConditionalOnMissingBean
	OutboxRelay outboxRelay(MongoTemplate mongo, KafkaEventSender sender, OutboxProperties properties) {
		return new OutboxRelay(mongo, sender, properties);
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnProperty("shegong.events.publishes")
	Outbox outbox(EventsProperties events, @Value("${spring.application.name}") String applicationName, Clock clock,
			EventJson json, OutboxRelay relay) {
		String source = StringUtils.hasText(events.getSource()) ? events.getSource() : applicationName;
		return new Outbox(source, events.getPublishes(), clock, json, relay);
	}

	@Bean
	@ConditionalOnMissingBean
	ProcessedEvents processedEvents(MongoTemplate mongo, Clock clock) {
		return new ProcessedEvents(mongo, clock);
	}

	@Bean
	@ConditionalOnMissingBean
	IdempotentConsumer idempotentConsumer(ProcessedEvents processed) {
		return new IdempotentConsumer(processed);
	}

	/**
	 * Retries a failing message with exponential back-off, then parks it in the
	 * consumer's dead-letter topic so the partition moves on. A malformed message is
	 * parked at once.
	 */
	@Bean
	@ConditionalOnMissingBean(CommonErrorHandler.class)
	DefaultErrorHandler deadLetteringErrorHandler(KafkaTemplate<String, String> kafka, EventsProperties events,
			@Value("${spring.kafka.consumer.group-id:${spring.application.name}}") String group) {
		DeadLetterTopics topics = new DeadLetterTopics(group);
		DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafka, topics::destinationOf);
		EventsProperties.Retry retry = events.getRetry();
		ExponentialBackOff backOff = new ExponentialBackOff(retry.getInitialInterval().toMillis(),
				retry.getMultiplier());
		backOff.setMaxInterval(retry.getMaxInterval().toMillis());
		backOff.setMaxAttempts(retry.getMaxRetries());
		DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
		handler.addNotRetryableExceptions(MalformedEventException.class);
		handler.setRetryListeners((record, ex, attempt) -> log.warn("Attempt {} at {}-{}@{} failed: {}", attempt,
				record.topic(), record.partition(), record.offset(), ex.getMessage()));
		return handler;
	}

	@Bean
	KafkaAdmin.NewTopics shegongTopics(EventsProperties events,
			@Value("${spring.kafka.consumer.group-id:${spring.application.name}}") String group) {
		List<NewTopic> topics = new ArrayList<>();
		if (StringUtils.hasText(events.getPublishes())) {
			topics.add(topic(events.getPublishes(), events));
		}
		for (String consumed : events.getConsumes()) {
			topics.add(topic(consumed, events));
			topics.add(topic(Topics.deadLetterOf(consumed, group), events));
		}
		return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
	}

	private static NewTopic topic(String name, EventsProperties events) {
		return TopicBuilder.name(name)
			.partitions(events.getPartitions())
			.replicas(events.getReplicationFactor())
			.build();
	}

}
