package cn.shegong.launcher.part;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PartsTest {

	@Test
	void everyPartHasItsOwnNameAndPorts() {
		List<Part> parts = Parts.all();

		assertThat(parts).extracting(Part::name).doesNotHaveDuplicates();
		assertThat(parts.stream().flatMap((part) -> part.ports().stream()).toList()).doesNotHaveDuplicates();
	}

	@Test
	void infrastructureStartsBeforeTheServicesThatNeedIt() {
		assertThat(Parts.all()).filteredOn((part) -> part.stage() == Part.Stage.INFRASTRUCTURE)
			.extracting(Part::name)
			.containsExactly("store", "kafka", "keycloak");
	}

	@Test
	void statusNamesThePartsTheIssueAsksFor() {
		assertThat(Parts.all()).extracting(Part::name)
			.containsExactly("store", "kafka", "keycloak", "gateway", "procurement-service", "evaluation-service",
					"feedback-service", "talent-service");
	}

	@Test
	void gatewayFindsEachServiceAtThePortTheServiceListensOn() {
		Part gateway = Parts.named("gateway").orElseThrow();
		Part talent = Parts.named("talent-service").orElseThrow();

		assertThat(gateway.environment(null)).containsEntry("TALENT_URL", "http://127.0.0.1:" + talent.ports().get(0));
	}

	@Test
	void onlyTheLocalSuiteTurnsOnTheMovableClockAndOnlyForTheFourServices() throws Exception {
		for (String service : List.of("procurement-service", "evaluation-service", "feedback-service",
				"talent-service")) {
			assertThat(Parts.named(service).orElseThrow().environment(null)).as(service)
				.containsEntry("SPRING_PROFILES_ACTIVE", "test-clock");
		}
		assertThat(Parts.named("gateway").orElseThrow().environment(null)).doesNotContainKey("SPRING_PROFILES_ACTIVE");
		Path root = Path.of("../..");
		assertThat(Files.readString(root.resolve("docker-compose.yml"))).doesNotContain("test-clock");
		try (Stream<Path> manifests = Files.walk(root.resolve("deploy/k8s"))) {
			for (Path manifest : manifests.filter(Files::isRegularFile).toList()) {
				assertThat(Files.readString(manifest)).as(manifest.toString()).doesNotContain("test-clock");
			}
		}
	}

}
