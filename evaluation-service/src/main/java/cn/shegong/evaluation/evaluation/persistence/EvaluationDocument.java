package cn.shegong.evaluation.evaluation.persistence;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.shegong.platform.outbox.PendingEvent;

/**
 * An evaluation as stored: its whole state as JSON (leaf codes such as {@code 1.2.1} are
 * map keys, which Mongo field names cannot hold), beside the fields it is found by, and
 * its pending events.
 */
@Document(EvaluationDocument.COLLECTION)
record EvaluationDocument(@Id String id, String contractId, String milestoneId, String agencyId, String regionCode,
		List<String> evaluatorIds, String status, LocalDate replyDeadline, boolean replied, LocalDate finalOn,
		LocalDate publicationDue, LocalDate publishedOn, String state, @Version Long version,
		List<PendingEvent> outbox) {

	static final String COLLECTION = "evaluations";

}
