package cn.shegong.evaluation.event;

import java.util.List;

import cn.shegong.platform.event.EventType;
import cn.shegong.platform.test.PublishedEventsContract;

class PublishedEventSchemasTest extends PublishedEventsContract {

	@Override
	protected List<EventType> publishedTypes() {
		return EvaluationEvents.ALL;
	}

	@Override
	protected String schemaPath(EventType type) {
		return EvaluationEvents.schemaPath(type);
	}

	@Override
	protected String examplePath(EventType type) {
		return EvaluationEvents.examplePath(type);
	}

	@Override
	protected String source() {
		return "evaluation-service";
	}

}
