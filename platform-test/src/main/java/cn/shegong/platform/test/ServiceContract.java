package cn.shegong.platform.test;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.test.web.servlet.MockMvc;

import cn.shegong.platform.consumer.EventsProperties;
import cn.shegong.platform.event.Topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What every service promises, whatever its business: probes answer without a token, the
 * API needs one and checks it itself, refusals are problem documents, the caller's roles
 * and organisation reach the service, and the service owns its topic and its dead-letter
 * topics. Each service's context test extends this against its own real application
 * context.
 */
public abstract class ServiceContract {

	private final String apiPrefix;

	private final String ownTopic;

	@Autowired
	protected MockMvc mvc;

	@Autowired
	private KafkaAdmin kafkaAdmin;

	@Autowired
	private EventsProperties events;

	@Autowired
	private org.springframework.core.env.Environment environment;

	protected ServiceContract(String apiPrefix, String ownTopic) {
		this.apiPrefix = apiPrefix;
		this.ownTopic = ownTopic;
	}

	@Test
	void readinessProbeAnswersWithoutAToken() throws Exception {
		this.mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
	}

	@Test
	void openApiDocumentNamesTheServiceAndItsBearerTokenWithoutAToken() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.info.title").value(this.environment.getProperty("spring.application.name")))
			.andExpect(jsonPath("$.components.securitySchemes.keycloak.scheme").value("bearer"));
	}

	@Test
	void apiRefusesACallWithoutATokenWithAProblemNamingTheRule() throws Exception {
		this.mvc.perform(get(this.apiPrefix + "/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://shegong.cn/problems/unauthenticated"))
			.andExpect(jsonPath("$.title").value("需要登录"))
			.andExpect(jsonPath("$.requestId").isNotEmpty());
	}

	@Test
	void apiRefusesATokenItCannotVerifyItself() throws Exception {
		this.mvc.perform(get(this.apiPrefix + "/me").header("Authorization", "Bearer eyJhbGciOiJub25lIn0.e30."))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.rule").value("unauthenticated"));
	}

	@Test
	void problemsSpeakEnglishToCallersWhoAskForIt() throws Exception {
		this.mvc.perform(get(this.apiPrefix + "/me").header("Accept-Language", "en"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.title").value("Sign-in required"));
	}

	@Test
	void serviceSeesTheCallersRolesAndOrganisationFromTheToken() throws Exception {
		this.mvc.perform(get(this.apiPrefix + "/me").with(Tokens.agencyStaff("agency-maqiao")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roles[0]").value("agency-staff"))
			.andExpect(jsonPath("$.agencyId").value("agency-maqiao"));
	}

	@Test
	void requestIdFromTheGatewayIsKeptAndEchoed() throws Exception {
		this.mvc.perform(get(this.apiPrefix + "/me").header("X-Request-Id", "req-0123456789"))
			.andExpect(header().string("X-Request-Id", "req-0123456789"))
			.andExpect(jsonPath("$.requestId").value("req-0123456789"));
	}

	@Test
	void unknownPathIsAProblemToo() throws Exception {
		this.mvc.perform(get(this.apiPrefix + "/no-such-thing").with(Tokens.officer("330481")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.rule").value("not-found"));
	}

	@Test
	void serviceOwnsItsTopicAndADeadLetterTopicPerTopicItReads() {
		String group = this.environment.getProperty("spring.application.name");
		Map<String, ?> topics = this.kafkaAdmin.describeTopics(this.ownTopic);
		assertThat(topics).containsKey(this.ownTopic);
		for (String consumed : this.events.getConsumes()) {
			String deadLetters = Topics.deadLetterOf(consumed, group);
			assertThat(this.kafkaAdmin.describeTopics(deadLetters)).containsKey(deadLetters);
		}
	}

}
