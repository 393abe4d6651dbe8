package cn.shegong.feedback.measure.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.shegong.platform.outbox.PendingEvent;

/**
 * A published measure: the snapshot of what was published, kept after the relay has sent
 * it, and while unsent its event in {@code outbox}. A period's closing measure is keyed
 * by project and period, so it can be inserted only once; an on-demand one by a fresh id.
 */
@Document(MeasurementDocument.COLLECTION)
record MeasurementDocument(@Id String id, String projectId, String period, String reason, Instant measuredAt,
		Map<String, Object> measure, List<PendingEvent> outbox) {

	static final String COLLECTION = "satisfaction_measurements";

}
