package cn.shegong.talent.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemMessagesTest {

	@Test
	void everyProblemHasATitleInChineseAndInEnglish() throws IOException {
		Properties english = load("/problem-messages.properties");
		Properties chinese = load("/problem-messages_zh_CN.properties");

		assertThat(english).isNotEmpty();
		assertThat(chinese.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
		assertThat(chinese.values()).allSatisfy((title) -> assertThat((String) title).isNotBlank());
	}

	@Test
	void everyRuleTheServiceRefusesWithHasATitle() throws IOException {
		Properties english = load("/problem-messages.properties");
		Properties platform = load("/platform-problem-messages.properties");

		assertThat(rulesRefusedInSources()).isNotEmpty()
			.allSatisfy((rule) -> assertThat(english.containsKey("problem." + rule + ".title")
					|| platform.containsKey("problem." + rule + ".title"))
				.as("a title for rule %s", rule)
				.isTrue());
	}

	/** Every rule named where a ProblemException is thrown in this service's sources. */
	private static Set<String> rulesRefusedInSources() throws IOException {
		Pattern refusal = Pattern.compile("ProblemException\\s*\\.\\s*\\w+\\(\\s*\"([a-z0-9-]+)\"");
		Set<String> rules = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = refusal.matcher(Files.readString(source));
				while (matcher.find()) {
					rules.add(matcher.group(1));
				}
			}
		}
		return rules;
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(ProblemMessagesTest.class.getResourceAsStream(resource),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
