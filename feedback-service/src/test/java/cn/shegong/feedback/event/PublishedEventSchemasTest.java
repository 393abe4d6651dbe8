package cn.shegong.feedback.event;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.shegong.platform.event.EventType;
import cn.shegong.platform.test.PublishedEventsContract;

/**
 * Every event type feedback-service declares a schema for, found by listing
 * {@code src/main/resources/events/}, so each area's events are checked without this test
 * naming them.
 */
class PublishedEventSchemasTest extends PublishedEventsContract {

	private static final Path EVENTS = Path.of("src/main/resources/events");

	private static final Pattern SCHEMA = Pattern.compile("(feedback\\.[A-Za-z]+)\\.v(\\d+)\\.schema\\.json");

	@Override
	protected List<EventType> publishedTypes() {
		try (Stream<Path> files = Files.list(EVENTS)) {
			return files.map((file) -> SCHEMA.matcher(file.getFileName().toString()))
				.filter(Matcher::matches)
				.map((match) -> EventType.of(match.group(1), Integer.parseInt(match.group(2))))
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

}
