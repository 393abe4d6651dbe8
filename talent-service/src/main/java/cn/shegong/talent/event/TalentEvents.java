package cn.shegong.talent.event;

import java.util.List;

import cn.shegong.platform.event.EventType;

/**
 * The events talent-service publishes on {@code talent.events}, by stable name and
 * version. Each has a JSON Schema of its data and an example payload under
 * {@code src/main/resources/events/}; consumers' tests read those files, never these
 * classes. None carries personal data: workers appear by id only.
 */
public final class TalentEvents {

	/** A contract's staffing was re-assessed; keyed by contract id. */
	public static final EventType STAFFING_CHANGED = EventType.of("talent.StaffingChanged", 1);

	/** A certificate registration nears its last valid day; keyed by worker id. */
	public static final EventType CERTIFICATE_EXPIRING = EventType.of("talent.CertificateExpiring", 1);

	/** A worker moved to another tier; keyed by worker id. */
	public static final EventType TIER_CHANGED = EventType.of("talent.TierChanged", 1);

	public static final List<EventType> ALL = List.of(STAFFING_CHANGED, CERTIFICATE_EXPIRING, TIER_CHANGED);

	private TalentEvents() {
	}

	/** Where the schema of a type's data lives in this service's resources. */
	public static String schemaPath(EventType type) {
		return "/events/" + type.name() + ".v" + type.version() + ".schema.json";
	}

	/** Where the example payload of a type lives in this service's resources. */
	public static String examplePath(EventType type) {
		return "/events/" + type.name() + ".v" + type.version() + ".example.json";
	}

}
