package cn.shegong.platform.event;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

class TopicManifestTest {

	@Test
	void topicManifestForOperatorsDeclaresExactlyTheTopicsTheCodeUses() throws IOException {
		assertThat(topicNamesIn(Path.of("../deploy/kafka/topics.yaml")))
			.containsExactlyInAnyOrderElementsOf(Topics.ALL);
	}

	@SuppressWarnings("unchecked")
	private static List<String> topicNamesIn(Path manifest) throws IOException {
		List<String> names = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(manifest)) {
			for (Object document : new Yaml().loadAll(reader)) {
				if (document instanceof Map<?, ?> resource && "KafkaTopic".equals(resource.get("kind"))) {
					names.add((String) ((Map<String, Object>) resource.get("spec")).get("topicName"));
				}
			}
		}
		return names;
	}

}
