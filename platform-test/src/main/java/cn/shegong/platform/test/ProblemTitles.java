package cn.shegong.platform.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks a service's problem titles (problem-messages[_zh_CN].properties): the Chinese
 * and English files name the same rules, and every rule the service's sources refuse with
 * has a title there or in the platform's own file. Run from the service module's
 * directory, as surefire does.
 */
public final class ProblemTitles {

	private static final Pattern REFUSAL = Pattern
		.compile("(?:ProblemException|Refusal)\\s*\\.\\s*\\w+\\(\\s*\"([a-z0-9-]+)\"");

	private ProblemTitles() {
	}

	public static void chineseAndEnglishNameTheSameRules() {
		Properties english = load("/problem-messages.properties");
		Properties chinese = load("/problem-messages_zh_CN.properties");

		assertThat(english).isNotEmpty();
		assertThat(chinese.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
		assertThat(chinese.values()).allSatisfy((title) -> assertThat((String) title).isNotBlank());
	}

	public static void everyRuleRefusedInSourcesHasATitle() {
		Properties english = load("/problem-messages.properties");
		Properties platform = load("/platform-problem-messages.properties");

		assertThat(rulesRefusedIn(Path.of("src/main/java"))).isNotEmpty()
			.allSatisfy((rule) -> assertThat(english.containsKey("problem." + rule + ".title")
					|| platform.containsKey("problem." + rule + ".title"))
				.as("a title for rule %s", rule)
				.isTrue());
	}

	/** Every rule named where a ProblemException is thrown in the sources below. */
	static Set<String> rulesRefusedIn(Path sources) {
		Set<String> rules = new TreeSet<>();
		try (Stream<Path> files = Files.walk(sources)) {
			for (Path source : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = REFUSAL.matcher(Files.readString(source));
				while (matcher.find()) {
					rules.add(matcher.group(1));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rules;
	}

	private static Properties load(String resource) {
		Properties properties = new Properties();
		try (InputStream in = ProblemTitles.class.getResourceAsStream(resource)) {
			assertThat(in).as("%s on the test class path", resource).isNotNull();
			try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}
