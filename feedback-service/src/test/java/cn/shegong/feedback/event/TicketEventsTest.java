package cn.shegong.feedback.event;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import cn.shegong.platform.event.EventType;

import static org.assertj.core.api.Assertions.assertThat;

class TicketEventsTest {

	@Test
	void everyTicketEventHasASchemaAndAnExample() {
		for (EventType type : TicketEvents.ALL) {
			String base = "src/main/resources/events/" + type.name() + ".v" + type.version();
			assertThat(Path.of(base + ".schema.json")).exists();
			assertThat(Files.exists(Path.of(base + ".example.json"))).as(base).isTrue();
		}
	}

}
