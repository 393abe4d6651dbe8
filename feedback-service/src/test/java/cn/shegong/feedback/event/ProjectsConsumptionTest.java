package cn.shegong.feedback.event;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.event.EventJson;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feedback reads procurement's published examples (the files procurement's own tests
 * prove against its schemas), never procurement's classes.
 */
class ProjectsConsumptionTest {

	private static final Path PRODUCER_EVENTS = Path.of("../procurement-service/src/main/resources/events");

	@Test
	void aPublishedProjectIsReadWithItsBuyerRegionTitleAndTerm() throws IOException {
		ProjectPublished published = read("procurement.ProjectPublished.v1.example.json", ProjectPublished.class);

		assertThat(published).isEqualTo(new ProjectPublished("prj-2027-maqiao-01", "buyer-330481-maqiao", "330481",
				"马桥街道社会工作服务站运营项目", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)));
	}

	@Test
	void anAwardedContractIsReadWithTheAgencyThatAnswersResidents() throws IOException {
		ContractAwarded awarded = read("procurement.ContractAwarded.v1.example.json", ContractAwarded.class);

		assertThat(awarded).isEqualTo(new ContractAwarded("ctr-2027-001", "prj-2027-maqiao-01", "agency-maqiao",
				"330481", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)));
	}

	private static <T> T read(String example, Class<T> type) throws IOException {
		Map<String, Object> data = JsonMapper.builder()
			.build()
			.readValue(Files.readString(PRODUCER_EVENTS.resolve(example)), new TypeReference<>() {
			});
		EventEnvelope envelope = new EventEnvelope("e-1", "procurement.X", 1, Instant.parse("2027-01-01T00:00:00Z"),
				"procurement-service", "s", data);
		return EventJson.standard().fromData(envelope, type);
	}

}
