package cn.shegong.platform.consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.support.KafkaUtils;

import cn.shegong.platform.event.Topics;

/**
 * Sends a failed record to the dead-letter topic of the consumer group that failed it.
 */
final class DeadLetterTopics {

	private final String defaultGroup;

	DeadLetterTopics(String defaultGroup) {
		this.defaultGroup = defaultGroup;
	}

	TopicPartition destinationOf(ConsumerRecord<?, ?> record, Exception failure) {
		String group = KafkaUtils.getConsumerGroupId();
		String dlt = Topics.deadLetterOf(record.topic(), (group != null) ? group : this.defaultGroup);
		// A negative partition lets the producer choose, so the DLT need not mirror the
		// source's partition count.
		return new TopicPartition(dlt, -1);
	}

}
