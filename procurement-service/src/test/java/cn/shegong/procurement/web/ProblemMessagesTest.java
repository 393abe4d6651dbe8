package cn.shegong.procurement.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

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

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(ProblemMessagesTest.class.getResourceAsStream(resource),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
