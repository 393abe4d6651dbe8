package cn.shegong.evaluation.rectification.persistence;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.shegong.platform.outbox.PendingEvent;

/**
 * A rectification as stored, keyed by the evaluation it answers to: its state as JSON
 * beside the fields it is found by, and its pending events.
 */
@Document(RectificationDocument.COLLECTION)
record RectificationDocument(@Id String id, String contractId, String agencyId, String regionCode, String status,
		LocalDate deadline, String state, @Version Long version, List<PendingEvent> outbox) {

	static final String COLLECTION = "rectifications";

}
