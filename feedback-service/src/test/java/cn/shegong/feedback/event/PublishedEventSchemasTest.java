package cn.shegong.feedback.event;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import cn.shegong.platform.event.EventType;
import cn.shegong.platform.test.PublishedEventsContract;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event type feedback-service has a schema for, found by listing
 * {@code src/main/resources/events/}, so each area's events are checked without this test
 * naming them.
 */
class PublishedEventSchemasTest extends PublishedEventsContract {

	private static final Pattern SCHEMA_FILE = Pattern.compile("(feedback\\.[A-Za-z]+)\\.v(\\d+)\\.schema\\.json");

	@Override
	protected List<EventType> publishedTypes() {
		try {
			Resource[] schemas = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:events/feedback.*.schema.json");
			return Arrays.stream(schemas)
				.map(Resource::getFilename)
				.filter(Objects::nonNull)
				.map(SCHEMA_FILE::matcher)
				.filter(Matcher::matches)
				.map((file) -> EventType.of(file.group(1), Integer.parseInt(file.group(2))))
				.sorted((one, other) -> one.name().compareTo(other.name()))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	protected String schemaPath(EventType type) {
		return "/events/" + type.name() + ".v" + type.version() + ".schema.json";
	}

	@Override
	protected String examplePath(EventType type) {
		return "/events/" + type.name() + ".v" + type.version() + ".example.json";
	}

	@Override
	protected String source() {
		return "feedback-service";
	}

	@Test
	void theMeasureEventsAreAmongThoseChecked() {
		assertThat(publishedTypes()).containsAll(MeasureEvents.ALL);
		MeasureEvents.ALL.forEach((type) -> assertThat(MeasureEvents.schemaPath(type)).isEqualTo(schemaPath(type)));
	}

}
