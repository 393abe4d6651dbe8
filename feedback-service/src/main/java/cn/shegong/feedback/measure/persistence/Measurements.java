package cn.shegong.feedback.measure.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import cn.shegong.feedback.measure.model.Period;
import cn.shegong.platform.outbox.Outbox;
import cn.shegong.platform.outbox.PendingEvent;

/**
 * Published measures with their outgoing event, each stored in one insert: the closing
 * measure of a project's period has the id {@code <projectId>/<period>}, so however often
 * and from however many instances a close runs, only one insert succeeds and only one
 * event is published.
 */
@Repository
public class Measurements {

	private final MongoTemplate mongo;

	private final Outbox outbox;

	Measurements(MongoTemplate mongo, Outbox outbox) {
		this.mongo = mongo;
		this.outbox = outbox;
	}

	/** Whether the period's closing measure of the project is already stored. */
	public boolean closed(String projectId, Period period) {
		return this.mongo.findById(closingId(projectId, period), MeasurementDocument.class) != null;
	}

	/**
	 * Stores a period's closing measure with its event; returns false, storing nothing,
	 * if that period of that project was closed already.
	 */
	public boolean closeOnce(String projectId, Period period, String reason, Instant measuredAt, PendingEvent event) {
		return insert(closingId(projectId, period), projectId, period, reason, measuredAt, event);
	}

	/** Stores a measure taken on demand with its event. */
	public void onDemand(String projectId, Period period, String reason, Instant measuredAt, PendingEvent event) {
		insert(UUID.randomUUID().toString(), projectId, period, reason, measuredAt, event);
	}

	private boolean insert(String id, String projectId, Period period, String reason, Instant measuredAt,
			PendingEvent event) {
		try {
			this.mongo.insert(new MeasurementDocument(id, projectId, period.label(), reason, measuredAt, event.data(),
					List.of(event)));
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
		this.outbox.written();
		return true;
	}

	private static String closingId(String projectId, Period period) {
		return projectId + "/" + period.label();
	}

}
