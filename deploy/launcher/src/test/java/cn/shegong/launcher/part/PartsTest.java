package cn.shegong.launcher.part;

import java.util.List;

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

}
