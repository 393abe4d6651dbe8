package cn.shegong.feedback.survey.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.shegong.feedback.measure.MeasureClockConfiguration;
import cn.shegong.feedback.measure.ServedProjectsFixture;
import cn.shegong.feedback.station.persistence.ServedProjects;
import cn.shegong.platform.test.AdjustableClock;
import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.platform.test.Tokens;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Residents read the questionnaire and answer it without signing in; a repeat is refused;
 * staff enter paper and hotline answers for their own projects only; an admin publishes a
 * new version while the old one stays readable.
 */
@ServiceIntegrationTest
@Import(MeasureClockConfiguration.class)
class SurveyIT {

	private static final String ANSWERS = """
			{"project": "%s", "surveyVersion": 1,
			 "answers": {"EFFICIENCY": 5, "ATTITUDE": 4, "FACILITIES": null},
			 "awareness": {"STATION_ADDRESS": true, "FUNDER": false}}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	ServedProjects projects;

	@Autowired
	AdjustableClock clock;

	String agency;

	String projectId;

	@BeforeEach
	void aStationRunByOurAgency() {
		this.agency = "agency-" + UUID.randomUUID();
		this.projectId = ServedProjectsFixture.runBy(this.projects, this.agency,
				LocalDate.now(this.clock).minusMonths(1));
	}

	@Test
	void residentsReadTheCurrentSurveyWithItsQuestionsWithoutSigningIn() throws Exception {
		this.mvc.perform(get("/api/feedback/public/surveys/1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.questions.length()").value(7))
			.andExpect(jsonPath("$.questions[1].dimension").value("ATTITUDE"))
			.andExpect(jsonPath("$.questions[1].label").value("服务态度"))
			.andExpect(jsonPath("$.questions[1].highest").value(5))
			.andExpect(jsonPath("$.awareness.length()").value(5));
		this.mvc.perform(get("/api/feedback/public/surveys/current"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.questions").isNotEmpty());
	}

	@Test
	void aResidentAnswersAnonymouslyByStationCodeAndARepeatIsRefused() throws Exception {
		String stationCode = this.projects.find(this.projectId).orElseThrow().stationCode();

		online(ANSWERS.formatted(stationCode), "10.1.1.1").andExpect(status().isCreated())
			.andExpect(jsonPath("$.responseId").isNotEmpty());
		online(ANSWERS.formatted(stationCode), "10.1.1.1").andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("duplicate-submission"));
		online(ANSWERS.formatted(this.projectId), "10.1.1.2").andExpect(status().isCreated());
	}

	@Test
	void answersTheSurveyDoesNotAllowAreRefusedWithTheirRule() throws Exception {
		online(body(9, "{\"EFFICIENCY\": 4}", "{}"), "10.2.0.1").andExpect(rule(422, "survey-version-unknown"));
		online(body(1, "{\"EFFICIENCY\": 6}", "{}"), "10.2.0.2").andExpect(rule(422, "likert-out-of-range"));
		online(body(1, "{\"EFFICIENCY\": 0}", "{}"), "10.2.0.3").andExpect(rule(422, "likert-out-of-range"));
		online(body(1, "{\"SPEED\": 4}", "{}"), "10.2.0.4").andExpect(rule(422, "question-not-in-survey"));
		online(body(1, "{}", "{\"PARKING\": true}"), "10.2.0.5").andExpect(rule(422, "question-not-in-survey"));
		online(body(1, "{}", "{}"), "10.2.0.6").andExpect(rule(422, "survey-response-empty"));
		online(body(1, "{\"EFFICIENCY\": \"很好\"}", "{}"), "10.2.0.7").andExpect(status().isBadRequest());
		online(ANSWERS.formatted("NO-SUCH-STATION"), "10.2.0.8").andExpect(rule(404, "project-not-found"));
	}

	@Test
	void theRunningAgencyEntersAPaperQuestionnaire() throws Exception {
		staff(Tokens.agencyStaff(this.agency), "PAPER_QUESTIONNAIRE").andExpect(status().isCreated())
			.andExpect(jsonPath("$.responseId").isNotEmpty());
		staff(Tokens.officer(ServedProjectsFixture.REGION), "HOTLINE").andExpect(status().isCreated());
	}

	@Test
	void staffOfAnotherAgencyAreToldTheProjectDoesNotExist() throws Exception {
		staff(Tokens.agencyStaff("agency-elsewhere"), "PAPER_QUESTIONNAIRE").andExpect(rule(404, "project-not-found"));
		staff(Tokens.officer("110101"), "HOTLINE").andExpect(rule(404, "project-not-found"));
		staff(Tokens.evaluator("eval-org-1"), "HOTLINE").andExpect(status().isForbidden());
	}

	@Test
	void staffCannotEnterAResponseAboutAProjectWhoseTermHasEnded() throws Exception {
		this.projectId = ServedProjectsFixture.runBy(this.projects, this.agency,
				LocalDate.now(this.clock).minusYears(3));

		staff(Tokens.agencyStaff(this.agency), "PAPER_QUESTIONNAIRE")
			.andExpect(rule(422, "project-not-open-for-feedback"));
	}

	@Test
	void staffCannotEnterTheResidentsOwnOnlineForm() throws Exception {
		staff(Tokens.agencyStaff(this.agency), "ONLINE_FORM").andExpect(rule(422, "channel-not-entered-by-staff"));
	}

	@Test
	void anAdminPublishesANewVersionAndTheOldOneStaysReadable() throws Exception {
		String survey = """
				{"questions": [{"dimension": "ATTITUDE", "wording": "您对社工的态度满意吗？"}],
				 "awareness": [{"item": "STAFF", "wording": "您认识社工吗？"}]}""";

		int version = JsonPath.read(this.mvc
			.perform(post("/api/feedback/surveys").with(Tokens.as("root", "admin", Map.of()))
				.contentType(MediaType.APPLICATION_JSON)
				.content(survey))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.questions.length()").value(1))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.version");

		this.mvc.perform(get("/api/feedback/public/surveys/current")).andExpect(jsonPath("$.version").value(version));
		this.mvc.perform(get("/api/feedback/public/surveys/1")).andExpect(jsonPath("$.questions.length()").value(7));
		online(body(version, "{\"EFFICIENCY\": 4}", "{}"), "10.3.0.1").andExpect(rule(422, "question-not-in-survey"));
		online(ANSWERS.formatted(this.projectId), "10.3.0.2").andExpect(status().isCreated());
		this.mvc
			.perform(post("/api/feedback/surveys").with(Tokens.agencyStaff(this.agency))
				.contentType(MediaType.APPLICATION_JSON)
				.content(survey))
			.andExpect(status().isForbidden());
	}

	private String body(int version, String answers, String awareness) {
		return """
				{"project": "%s", "surveyVersion": %d, "answers": %s, "awareness": %s}""".formatted(this.projectId,
				version, answers, awareness);
	}

	private ResultActions online(String body, String client) throws Exception {
		return this.mvc.perform(post("/api/feedback/public/survey-responses").header("X-Forwarded-For", client)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private ResultActions staff(RequestPostProcessor token, String channel) throws Exception {
		MockHttpServletRequestBuilder request = post("/api/feedback/projects/" + this.projectId + "/survey-responses")
			.with(token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"channel": "%s", "surveyVersion": 1, "answers": {"EFFICIENCY": 3}, "awareness": {}}"""
				.formatted(channel));
		return this.mvc.perform(request);
	}

	private static ResultMatcher rule(int status, String rule) {
		return (result) -> {
			status().is(status).match(result);
			jsonPath("$.rule").value(rule).match(result);
		};
	}

}
