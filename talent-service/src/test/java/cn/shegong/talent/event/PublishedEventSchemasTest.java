package cn.shegong.talent.event;

import java.io.InputStream;
import java.util.List;

import cn.shegong.platform.event.EventType;
import cn.shegong.platform.test.PublishedEventsContract;

import static org.assertj.core.api.Assertions.assertThat;

class PublishedEventSchemasTest extends PublishedEventsContract {

	@Override
	protected List<EventType> publishedTypes() {
		return TalentEvents.ALL;
	}

	@Override
	protected String schemaPath(EventType type) {
		return TalentEvents.schemaPath(type);
	}

	@Override
	protected String examplePath(EventType type) {
		return TalentEvents.examplePath(type);
	}

	@Override
	protected String source() {
		return "talent-service";
	}

	static InputStream resource(String path) {
		InputStream in = PublishedEventSchemasTest.class.getResourceAsStream(path);
		assertThat(in).as(path).isNotNull();
		return in;
	}

}
