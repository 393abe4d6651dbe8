package cn.shegong.procurement.event;

import java.util.List;

import cn.shegong.platform.event.EventType;
import cn.shegong.platform.test.PublishedEventsContract;

class PublishedEventSchemasTest extends PublishedEventsContract {

	@Override
	protected List<EventType> publishedTypes() {
		return ProcurementEvents.ALL;
	}

	@Override
	protected String schemaPath(EventType type) {
		return ProcurementEvents.schemaPath(type);
	}

	@Override
	protected String examplePath(EventType type) {
		return ProcurementEvents.examplePath(type);
	}

	@Override
	protected String source() {
		return "procurement-service";
	}

}
