package cn.shegong.talent.staffing.messaging;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.shegong.platform.consumer.IdempotentConsumer;
import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.event.EventJson;
import cn.shegong.platform.event.EventType;
import cn.shegong.platform.event.Topics;
import cn.shegong.talent.event.ContractAwarded;
import cn.shegong.talent.staffing.application.ContractStaffing;

/**
 * Keeps talent's copy of each awarded contract's staffing requirement. Reads
 * {@code procurement.ContractAwarded} v1 from {@code procurement.events} and ignores the
 * topic's other events. Handled once per event id; a redelivery after a crash between
 * store and record finds the contract already stored and changes nothing.
 */
@Component
class ContractAwardedListener {

	static final EventType CONTRACT_AWARDED = EventType.of("procurement.ContractAwarded", 1);

	static final String CONSUMER = "talent-staffing";

	private final EventJson json;

	private final IdempotentConsumer idempotent;

	private final ContractStaffing staffing;

	ContractAwardedListener(EventJson json, IdempotentConsumer idempotent, ContractStaffing staffing) {
		this.json = json;
		this.idempotent = idempotent;
		this.staffing = staffing;
	}

	@KafkaListener(topics = Topics.PROCUREMENT)
	void on(String message) {
		EventEnvelope event = this.json.read(message);
		if (!event.is(CONTRACT_AWARDED)) {
			return;
		}
		this.idempotent.handleOnce(CONSUMER, event,
				(awarded) -> this.staffing.awarded(this.json.fromData(awarded, ContractAwarded.class)));
	}

}
