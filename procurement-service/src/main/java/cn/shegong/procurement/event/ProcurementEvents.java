package cn.shegong.procurement.event;

import java.util.List;

import cn.shegong.platform.event.EventType;

/**
 * The events procurement-service publishes on {@code procurement.events}, by stable name
 * and version. Each has a JSON Schema of its data and an example payload under
 * {@code src/main/resources/events/}; consumers' tests read those files, never these
 * classes.
 */
public final class ProcurementEvents {

	public static final EventType PROJECT_PUBLISHED = EventType.of("procurement.ProjectPublished", 1);

	public static final EventType BID_SUBMITTED = EventType.of("procurement.BidSubmitted", 1);

	public static final EventType CONTRACT_AWARDED = EventType.of("procurement.ContractAwarded", 1);

	public static final EventType MILESTONE_DUE = EventType.of("procurement.MilestoneDue", 1);

	public static final EventType PROGRESS_REPORTED = EventType.of("procurement.ProgressReported", 1);

	public static final EventType PAYMENT_RELEASED = EventType.of("procurement.PaymentReleased", 1);

	public static final EventType PAYMENT_WITHHELD = EventType.of("procurement.PaymentWithheld", 1);

	public static final EventType AGENCY_BANNED = EventType.of("procurement.AgencyBanned", 1);

	public static final EventType AGENCY_BAN_LIFTED = EventType.of("procurement.AgencyBanLifted", 1);

	public static final List<EventType> ALL = List.of(PROJECT_PUBLISHED, BID_SUBMITTED, CONTRACT_AWARDED, MILESTONE_DUE,
			PROGRESS_REPORTED, PAYMENT_RELEASED, PAYMENT_WITHHELD, AGENCY_BANNED, AGENCY_BAN_LIFTED);

	private ProcurementEvents() {
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
