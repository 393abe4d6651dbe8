package cn.shegong.evaluation.dashboard.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.shegong.platform.calendar.WorkingDayCalendar;
import cn.shegong.evaluation.contract.application.ContractCopies;
import cn.shegong.evaluation.contract.messaging.ProducedEvents;
import cn.shegong.evaluation.contract.model.Contract;
import cn.shegong.evaluation.evaluation.application.DimensionScore;
import cn.shegong.evaluation.evaluation.application.EvaluationFile;
import cn.shegong.evaluation.evaluation.model.ConflictOfInterest;
import cn.shegong.evaluation.evaluation.model.ConsolidatedResult;
import cn.shegong.evaluation.evaluation.model.Evaluation;
import cn.shegong.evaluation.evaluation.model.EvaluationKind;
import cn.shegong.evaluation.evaluation.model.EvaluationRules;
import cn.shegong.evaluation.evaluation.model.EvaluationSubject;
import cn.shegong.evaluation.evaluation.model.EvaluatorCandidate;
import cn.shegong.evaluation.evaluation.model.ScoreSheet;
import cn.shegong.evaluation.evaluation.model.SelfAssessment;
import cn.shegong.evaluation.evaluation.persistence.Evaluations;
import cn.shegong.evaluation.scheme.model.SchemeRef;
import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.event.EventJson;
import cn.shegong.platform.event.Topics;
import cn.shegong.platform.security.KeycloakClaims;
import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.platform.test.Tokens;

/**
 * The dashboard of a district over a year, read from evaluations stored as the flow
 * stores them: only final grades of the district and year count, and of one buyer's
 * contracts when a buyer is named (the buyer learnt from procurement's events).
 */
@ServiceIntegrationTest
class DashboardIT {

	static final String DISTRICT = "610102";

	static final String NEIGHBOUR = "610103";

	static final EvaluationRules RULES = EvaluationRules.defaults();

	static final String YEAR_2031 = "from=2031-01-01&to=2031-12-31";

	@Autowired
	MockMvc mvc;

	@Autowired
	Evaluations evaluations;

	@Autowired
	ContractCopies contracts;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	EventJson json;

	@BeforeEach
	void storeEvaluations() {
		storeFinal("dash-a-1", "dash-agency-a", DISTRICT, "2031-03-03", result("92.00", "EXCELLENT", false), "38",
				"19");
		storeFinal("dash-a-2", "dash-agency-a", DISTRICT, "2031-06-02", result("85.00", "GOOD", false), "30", "10");
		storeFinal("dash-b-1", "dash-agency-b", DISTRICT, "2031-04-07", result("95.00", "EXCELLENT", true), "39", "8");
		storeFinal("dash-c-1", "dash-agency-c", NEIGHBOUR, "2031-04-07", result("60.00", "PASS", false), "20", "5");
		storeFinal("dash-b-0", "dash-agency-b", DISTRICT, "2030-06-03", result("61.00", "PASS", false), "20", "5");
		this.evaluations.insertIfAbsent(file("dash-d-1",
				provisional("dash-d-1", "dash-agency-d", DISTRICT, "2031-05-05", result("50.00", "FAIL", false)), "10",
				"5"), List.of());
	}

	@Test
	void theCitysOfficerSeesTheFinalGradesOfTheDistrictInTheYear() throws Exception {
		read(Tokens.officer("610100"), "region=" + DISTRICT + "&" + YEAR_2031).andExpect(status().isOk())
			.andExpect(jsonPath("$.gradeDistribution.EXCELLENT").value(1))
			.andExpect(jsonPath("$.gradeDistribution.GOOD").value(1))
			.andExpect(jsonPath("$.gradeDistribution.PASS").value(0))
			.andExpect(jsonPath("$.gradeDistribution.FAIL").value(1))
			.andExpect(jsonPath("$.ranking[*].agencyId").value(contains("dash-agency-b", "dash-agency-a")))
			.andExpect(jsonPath("$.ranking[0].meanScore").value(95.00))
			.andExpect(jsonPath("$.ranking[0].lastGrade").value("FAIL"))
			.andExpect(jsonPath("$.ranking[1].meanScore").value(88.50))
			.andExpect(jsonPath("$.ranking[1].evaluations").value(2))
			.andExpect(jsonPath("$.ranking[1].lastGrade").value("GOOD"))
			.andExpect(jsonPath("$.indicatorsMostOftenFailed.length()").value(1))
			.andExpect(jsonPath("$.indicatorsMostOftenFailed[0].code").value("2"))
			.andExpect(jsonPath("$.indicatorsMostOftenFailed[0].label").value("项目管理"))
			.andExpect(jsonPath("$.indicatorsMostOftenFailed[0].failedCount").value(2))
			.andExpect(jsonPath("$.indicatorsMostOftenFailed[0].of").value(3))
			.andExpect(jsonPath("$.trends[0].agencyId").value("dash-agency-a"))
			.andExpect(jsonPath("$.trends[0].points[*].evaluationId").value(contains("dash-a-1", "dash-a-2")))
			.andExpect(jsonPath("$.trends[0].points[0].kind").value("MID_TERM"))
			.andExpect(jsonPath("$.trends[0].points[0].finalizedOn").value("2031-03-11"));
	}

	@Test
	void aBuyersDashboardCoversOnlyItsContractsWhicheverOfProjectAndAwardCameFirst() throws Exception {
		ProducedEvents procurement = new ProducedEvents(this.kafka, this.json);
		procurement.send(Topics.PROCUREMENT, projectPublished("project-dash-1", "buyer-dash-1", DISTRICT));
		procurement.send(Topics.PROCUREMENT, awarded("contract-dash-a-1", "project-dash-1", DISTRICT));
		procurement.send(Topics.PROCUREMENT, awarded("contract-dash-b-1", "project-dash-2", DISTRICT));
		procurement.send(Topics.PROCUREMENT, awarded("contract-dash-c-1", "project-dash-3", NEIGHBOUR));
		await().atMost(Duration.ofSeconds(30)).until(() -> this.contracts.find("contract-dash-b-1").isPresent());
		procurement.send(Topics.PROCUREMENT, projectPublished("project-dash-2", "buyer-dash-2", DISTRICT));
		procurement.send(Topics.PROCUREMENT, projectPublished("project-dash-3", "buyer-dash-3", NEIGHBOUR));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> List.of("contract-dash-a-1", "contract-dash-b-1", "contract-dash-c-1")
				.stream()
				.allMatch((id) -> this.contracts.find(id).map(Contract::buyerId).isPresent()));

		RequestPostProcessor officer = Tokens.officer("610100");
		read(officer, "region=" + DISTRICT + "&buyerId=buyer-dash-1&" + YEAR_2031).andExpect(status().isOk())
			.andExpect(jsonPath("$.buyerId").value("buyer-dash-1"))
			.andExpect(jsonPath("$.gradeDistribution.EXCELLENT").value(1))
			.andExpect(jsonPath("$.gradeDistribution.GOOD").value(0))
			.andExpect(jsonPath("$.gradeDistribution.FAIL").value(0))
			.andExpect(jsonPath("$.ranking[*].agencyId").value(contains("dash-agency-a")))
			.andExpect(jsonPath("$.ranking[0].evaluations").value(1))
			.andExpect(jsonPath("$.trends[0].points[*].evaluationId").value(contains("dash-a-1")));
		read(officer, "region=" + DISTRICT + "&buyerId=buyer-dash-2&" + YEAR_2031).andExpect(status().isOk())
			.andExpect(jsonPath("$.gradeDistribution.FAIL").value(1))
			.andExpect(jsonPath("$.gradeDistribution.EXCELLENT").value(0))
			.andExpect(jsonPath("$.ranking[*].agencyId").value(contains("dash-agency-b")));
		read(officer, "region=" + DISTRICT + "&buyerId=buyer-dash-3&" + YEAR_2031).andExpect(status().isOk())
			.andExpect(jsonPath("$.ranking.length()").value(0))
			.andExpect(jsonPath("$.trends.length()").value(0))
			.andExpect(jsonPath("$.gradeDistribution.PASS").value(0));
		read(officer, "region=" + NEIGHBOUR + "&buyerId=buyer-dash-3&" + YEAR_2031).andExpect(status().isOk())
			.andExpect(jsonPath("$.ranking[*].agencyId").value(contains("dash-agency-c")));
		read(Tokens.officer(NEIGHBOUR), "region=" + DISTRICT + "&buyerId=buyer-dash-1&" + YEAR_2031)
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value(endsWith("/dashboard-region-not-governed")));
	}

	@Test
	void aSupervisorOfTheDistrictAndAnAdminMayReadItToo() throws Exception {
		RequestPostProcessor supervisor = Tokens.as("supervisor", "supervisor",
				Map.of(KeycloakClaims.REGION, DISTRICT));
		read(supervisor, "region=" + DISTRICT + "&" + YEAR_2031).andExpect(status().isOk())
			.andExpect(jsonPath("$.gradeDistribution.FAIL").value(1));
		read(Tokens.as("admin", "admin", Map.of()), "region=" + DISTRICT + "&" + YEAR_2031).andExpect(status().isOk())
			.andExpect(jsonPath("$.ranking.length()").value(2));
	}

	@Test
	void anOfficerOfAnotherDistrictIsRefused() throws Exception {
		read(Tokens.officer(NEIGHBOUR), "region=" + DISTRICT + "&" + YEAR_2031).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value(endsWith("/dashboard-region-not-governed")));
	}

	@Test
	void anAgencyIsRefused() throws Exception {
		read(Tokens.agencyStaff("dash-agency-a"), "region=" + DISTRICT + "&" + YEAR_2031)
			.andExpect(status().isForbidden());
	}

	@Test
	void aPeriodEndingBeforeItStartsOrAMalformedDayOrNoRegionOrABlankBuyerIsRefused() throws Exception {
		RequestPostProcessor officer = Tokens.officer(DISTRICT);
		read(officer, "region=" + DISTRICT + "&from=2031-12-31&to=2031-01-01")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value(endsWith("/dashboard-period-reversed")));
		read(officer, "region=" + DISTRICT + "&from=2031-13-01&to=2031-12-31")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value(endsWith("/dashboard-date-malformed")));
		read(officer, YEAR_2031).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value(endsWith("/dashboard-region-missing")));
		this.mvc
			.perform(get("/api/evaluation/dashboards?region=" + DISTRICT + "&" + YEAR_2031).param("buyerId", " ")
				.with(officer))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value(endsWith("/dashboard-buyer-blank")));
		read(officer, "region=" + DISTRICT + "&buyerId=&" + YEAR_2031).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value(endsWith("/dashboard-buyer-blank")));
	}

	private static EventEnvelope awarded(String contractId, String projectId, String region) throws IOException {
		Map<String, Object> data = ProducedEvents.example("procurement.ContractAwarded");
		data.put("contractId", contractId);
		data.put("projectId", projectId);
		data.put("regionCode", region);
		return ProducedEvents.event("procurement.ContractAwarded", contractId, data);
	}

	private static EventEnvelope projectPublished(String projectId, String buyerId, String region) throws IOException {
		Map<String, Object> data = ProducedEvents.example("procurement.ProjectPublished");
		data.put("projectId", projectId);
		data.put("buyerId", buyerId);
		data.put("regionCode", region);
		return ProducedEvents.event("procurement.ProjectPublished", projectId, data);
	}

	private ResultActions read(RequestPostProcessor token, String parameters) throws Exception {
		return this.mvc.perform(get("/api/evaluation/dashboards?" + parameters).with(token));
	}

	private void storeFinal(String id, String agencyId, String region, String gradedOn, ConsolidatedResult result,
			String service, String management) {
		Evaluation graded = provisional(id, agencyId, region, gradedOn, result);
		Evaluation finalized = graded.finalizeGrade(graded.grading().replyDeadline().plusDays(1), RULES).evaluation();
		this.evaluations.insertIfAbsent(file(id, finalized, service, management), List.of());
	}

	private static Evaluation provisional(String id, String agencyId, String region, String gradedOn,
			ConsolidatedResult result) {
		LocalDate day = LocalDate.parse(gradedOn);
		EvaluationSubject subject = new EvaluationSubject("contract-" + id, "project-" + id, agencyId, region,
				"milestone-" + id);
		ScoreSheet sheet = new ScoreSheet("ev-" + id,
				Map.of("1.1.1", new ScoreSheet.LeafScore(new BigDecimal("8"), List.of(), "seen")), day);
		return Evaluation
			.plan(id, subject, EvaluationKind.MID_TERM, new SchemeRef("township-station", 1), day.minusDays(20))
			.evaluation()
			.assign(List.of(new EvaluatorCandidate("ev-" + id, "org-dash", List.of(), List.of())),
					ConflictOfInterest.of(RULES), day.minusDays(19))
			.evaluation()
			.submitSelfAssessment(new SelfAssessment(agencyId,
					Map.of("1.1.1", new SelfAssessment.Entry("cases opened", List.of())), day.minusDays(10)))
			.evaluation()
			.submitScoreSheet(sheet)
			.evaluation()
			.consolidate(result, day)
			.evaluation()
			.gradeProvisionally(day, WorkingDayCalendar.weekendsOff(), RULES)
			.evaluation();
	}

	private static EvaluationFile file(String id, Evaluation evaluation, String service, String management) {
		return new EvaluationFile(evaluation, null, null, null,
				List.of(new DimensionScore("1", "服务成效", new BigDecimal(service), new BigDecimal("40")),
						new DimensionScore("2", "项目管理", new BigDecimal(management), new BigDecimal("20"))),
				null, null);
	}

	private static ConsolidatedResult result(String score, String grade, boolean vetoed) {
		return new ConsolidatedResult(new BigDecimal(score), grade, vetoed, vetoed || "FAIL".equals(grade));
	}

}
