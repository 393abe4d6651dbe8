package cn.shegong.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.shegong.platform.event.EventEnvelope;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

import static cn.shegong.e2e.ProcurementSteps.ok;
import static cn.shegong.e2e.ResidentSteps.anonymous;
import static cn.shegong.e2e.ResidentSteps.anonymousOk;
import static cn.shegong.e2e.ResidentSteps.survey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Residents are heard about Maqiao's station, through the gateway, with real Keycloak
 * tokens for staff and none for residents: anonymous surveys and tickets with a receipt
 * code, a paper questionnaire typed in by staff, the agency answering a complaint, a
 * ticket left unanswered escalating to the buyer once when feedback-service's clock
 * passes its 48 hours, and the month closing with {@code feedback.SatisfactionMeasured}
 * carrying the numbers the answers give. The project comes as procurement's
 * {@code ProjectPublished} and {@code ContractAwarded} envelopes in procurement's
 * documented shape, published here so that this test need not run a tender;
 * {@link ProcurementStoryIT} shows the real hand-over from procurement.
 */
@ExtendWith(LocalPlatform.class)
class FeedbackStoryIT {

	private static final Path PROCUREMENT_EVENTS = Path.of("../procurement-service/src/main/resources/events");

	private static final Path EVALUATION_EVENTS = Path.of("../evaluation-service/src/main/resources/events");

	private static final String AGENCY = "staff.maqiao";

	private static final String OFFICER = "officer.haining";

	private static final String EVALUATOR = "evaluator.zhiping";

	@Test
	void residentsAreHeardTheAgencyAnswersAndTheBuyerSeesWhatWasLeftUnanswered() throws Exception {
		LocalDate today = ServiceClocks.today("feedback");
		String projectId = servedProject(today.minusMonths(1), today.plusMonths(11));
		String stationCode = ok(Http.getAs("/api/feedback/public/projects/" + projectId, null), 200).get("stationCode")
			.asString();

		surveysAnswered(stationCode, projectId);
		String answered = complaintAnswered(stationCode);
		String unanswered = anonymous("/api/feedback/public/tickets", """
				{"project":"%s","category":"REQUEST","text":"希望周末也能开放儿童托管 %s"}""".formatted(stationCode,
				UUID.randomUUID()), 201)
			.get("receiptCode")
			.asString();
		othersAreRefused(projectId);
		evaluatorReadsFiguresOnceAssigned(projectId);

		ServiceClocks.advance("feedback", Duration.ofHours(49));
		String overdueTicket = escalatedOnce(projectId);
		assertThat(ok(Http.getAs("/api/feedback/public/tickets/" + unanswered, null), 200).get("status").asString())
			.isEqualTo("RECEIVED");
		ServiceClocks.advance("feedback", Duration.ofHours(1));
		assertThat(SuiteTopics.about("feedback.events", overdueTicket, "feedback.TicketOverdue"))
			.as("escalated once, however often the check runs")
			.hasSize(1);
		assertThat(SuiteTopics.about("feedback.events", ticketIdOf(projectId, answered), "feedback.TicketResolved"))
			.hasSize(1);

		monthClosesWithTheAnswersNumbers(projectId, today);
	}

	/**
	 * The anonymous route turns away what no resident sends: a body that is not JSON (400
	 * from the service), one past the gateway's 64 KB cap (413), and a flood from one
	 * client (429 with Retry-After), after which the budget refills.
	 */
	@Test
	void theAnonymousRouteRefusesMalformedOversizedAndFloodingRequestsWithProblems() {
		Http.Response malformed = anonymousOk("/api/feedback/public/tickets", "{\"project\":\"K7PQ3M\",");
		assertThat(malformed.status()).as(malformed.body()).isEqualTo(400);
		assertThat(malformed.json().get("rule").asString()).isEqualTo("malformed-request");

		Http.Response oversized = Http.post("/api/feedback/public/tickets", null,
				"{\"project\":\"K7PQ3M\",\"category\":\"COMPLAINT\",\"text\":\"" + "很吵".repeat(40_000) + "\"}");
		assertThat(oversized.status()).as(oversized.body()).isEqualTo(413);
		assertThat(oversized.isProblem()).isTrue();

		Http.Response refused = null;
		for (int i = 0; i < 60 && refused == null; i++) {
			Http.Response answer = Http.getAs("/api/feedback/public/channels", null);
			if (answer.status() == 429) {
				refused = answer;
			}
		}
		assertThat(refused).as("60 requests at once from one client exceed its budget").isNotNull();
		assertThat(refused.isProblem()).isTrue();
		assertThat(refused.retryAfter()).isNotBlank();
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> Http.getAs("/api/feedback/public/channels", null).status() == 200);
	}

	/**
	 * Three residents answer online by the station's code; the agency types in one paper
	 * questionnaire; a script sending the first answer again is refused.
	 */
	private static void surveysAnswered(String stationCode, String projectId) {
		int version = ok(Http.getAs("/api/feedback/public/surveys/current", null), 200).get("version").asInt();
		String first = survey(stationCode, version,
				"{\"EFFICIENCY\":5,\"ATTITUDE\":5,\"LIFE_IMPROVEMENT\":5,\"ACTIVITY_ORGANISATION\":5,\"FACILITIES\":5,"
						+ "\"COMPLAINT_INTAKE\":5,\"COMPLAINT_FOLLOW_UP\":5}",
				"{\"STATION_ADDRESS\":true,\"SERVICES\":true,\"STAFF\":true,\"HOW_TO_ASK_FOR_HELP\":true,\"FUNDER\":true}");
		anonymous("/api/feedback/public/survey-responses", first, 201);
		JsonNode repeat = anonymous("/api/feedback/public/survey-responses", first, 409);
		assertThat(repeat.get("rule").asString()).isEqualTo("duplicate-submission");
		anonymous("/api/feedback/public/survey-responses", survey(stationCode, version,
				"{\"EFFICIENCY\":4,\"ATTITUDE\":3,\"LIFE_IMPROVEMENT\":2,\"ACTIVITY_ORGANISATION\":5,\"FACILITIES\":null,"
						+ "\"COMPLAINT_INTAKE\":4,\"COMPLAINT_FOLLOW_UP\":1}",
				"{\"STATION_ADDRESS\":true,\"SERVICES\":true,\"STAFF\":true,\"HOW_TO_ASK_FOR_HELP\":false,\"FUNDER\":false}"),
				201);
		anonymous("/api/feedback/public/survey-responses", survey(stationCode, version,
				"{\"EFFICIENCY\":5,\"ATTITUDE\":3,\"LIFE_IMPROVEMENT\":3,\"ACTIVITY_ORGANISATION\":3,\"FACILITIES\":3,"
						+ "\"COMPLAINT_INTAKE\":3,\"COMPLAINT_FOLLOW_UP\":3}",
				"{\"STATION_ADDRESS\":true,\"SERVICES\":true,\"STAFF\":false,\"HOW_TO_ASK_FOR_HELP\":false,\"FUNDER\":false}"),
				201);
		ok(Http.post("/api/feedback/projects/" + projectId + "/survey-responses", AGENCY,
				"""
						{"channel":"PAPER_QUESTIONNAIRE","surveyVersion":%d,
						 "answers":{"EFFICIENCY":4,"ATTITUDE":4,"LIFE_IMPROVEMENT":4,"ACTIVITY_ORGANISATION":4,"FACILITIES":4,
						            "COMPLAINT_INTAKE":4,"COMPLAINT_FOLLOW_UP":4},
						 "awareness":{"STATION_ADDRESS":true,"SERVICES":true,"STAFF":true,"HOW_TO_ASK_FOR_HELP":true,"FUNDER":true}}"""
					.formatted(version)),
				201);
	}

	/**
	 * A resident complains with name and phone; the agency sees them masked,
	 * acknowledges, resolves with a reply; the resident reads it by receipt and confirms.
	 */
	private static String complaintAnswered(String stationCode) {
		JsonNode filed = anonymous("/api/feedback/public/tickets", """
				{"project":"%s","category":"COMPLAINT","text":"活动室周末不开门，老人没地方去 %s",
				 "name":"张秀英","phone":"13812345678"}""".formatted(stationCode, UUID.randomUUID()), 201);
		String receipt = filed.get("receiptCode").asString();
		JsonNode mine = ok(Http.getAs("/api/feedback/public/tickets/" + receipt, null), 200);
		assertThat(mine.toString()).doesNotContain("13812345678").doesNotContain("张秀英");

		JsonNode ticket = ticketByText(receipt, mine.get("text").asString());
		assertThat(ticket.toString()).contains("138****5678").doesNotContain("13812345678").doesNotContain(receipt);
		String ticketId = ticket.get("id").asString();
		JsonNode acknowledged = ok(Http.post("/api/feedback/tickets/" + ticketId + "/acknowledgement", AGENCY,
				"{\"version\":" + ticket.get("version").asLong() + "}"), 200);
		ok(Http.post("/api/feedback/tickets/" + ticketId + "/resolution", AGENCY,
				"{\"version\":%d,\"reply\":\"周六周日上午九点至十二点开放活动室，已在站点公告\"}"
					.formatted(acknowledged.get("version").asLong())),
				200);
		assertThat(ok(Http.getAs("/api/feedback/public/tickets/" + receipt, null), 200).get("status").asString())
			.isEqualTo("RESOLVED");
		ok(anonymousOk("/api/feedback/public/tickets/" + receipt + "/confirmation", "{\"satisfied\":true}"), 200);
		assertThat(ok(Http.getAs("/api/feedback/public/tickets/" + receipt, null), 200).get("status").asString())
			.isEqualTo("CLOSED");
		return mine.get("text").asString();
	}

	private static void othersAreRefused(String projectId) {
		assertThat(Http.getAs("/api/feedback/tickets?projectId=" + projectId, "staff.xiashi").status()).isEqualTo(404);
		assertThat(Http.getAs("/api/feedback/tickets", "staff.xiashi").body()).doesNotContain(projectId);
		assertThat(Http.getAs("/api/feedback/projects/" + projectId, "staff.xiashi").status()).isEqualTo(404);
		assertThat(Http.getAs("/api/feedback/projects/" + projectId, "officer.tongxiang").status()).isEqualTo(404);
		Http.Response evaluator = Http.getAs("/api/feedback/tickets?projectId=" + projectId, EVALUATOR);
		assertThat(evaluator.status()).as(evaluator.body()).isEqualTo(403);
		assertThat(evaluator.isProblem()).isTrue();
		assertThat(Http.getAs("/api/feedback/tickets", "hr.maqiao").status()).as("HR is no ticket handler")
			.isEqualTo(403);
		assertThat(Http.getAs("/api/feedback/tickets", null).status()).isEqualTo(401);
		Http.Response unassigned = Http.getAs(ticketMeasures(projectId), EVALUATOR);
		assertThat(unassigned.status()).as("no evaluation of this project names Zhiping yet").isEqualTo(404);
		assertThat(unassigned.json().get("rule").asString()).isEqualTo("project-not-found");
	}

	/**
	 * Evaluation assigns Zhiping to evaluate the project: from then on Zhiping reads its
	 * on-time figures, counts only.
	 */
	private static void evaluatorReadsFiguresOnceAssigned(String projectId) throws Exception {
		Map<String, Object> panel = Http.JSON.readValue(
				Files.readString(EVALUATION_EVENTS.resolve("evaluation.EvaluatorsAssigned.v1.example.json")),
				new TypeReference<>() {
				});
		String evaluationId = "ev-e2e-" + UUID.randomUUID();
		panel.put("evaluationId", evaluationId);
		panel.put("projectId", projectId);
		panel.put("evaluatorIds", List.of(EVALUATOR));
		SuiteTopics.publish("evaluation.events", new EventEnvelope(UUID.randomUUID().toString(),
				"evaluation.EvaluatorsAssigned", 1, Instant.now(), "evaluation-service", evaluationId, panel));
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> Http.getAs(ticketMeasures(projectId), EVALUATOR).status() == 200);
		JsonNode measures = ok(Http.getAs(ticketMeasures(projectId), EVALUATOR), 200);
		assertThat(measures.get("received").asInt()).isEqualTo(2);
	}

	private static String ticketMeasures(String projectId) {
		LocalDate today = ServiceClocks.today("feedback");
		return "/api/feedback/projects/" + projectId + "/ticket-measures?from=" + today.minusDays(1) + "&to=" + today;
	}

	/** The buyer's officer sees the unanswered request escalated; one event says so. */
	private static String escalatedOnce(String projectId) {
		JsonNode overdue = ok(Http.getAs("/api/feedback/tickets?overdue=true&projectId=" + projectId, OFFICER), 200);
		assertThat(overdue).hasSize(1);
		String ticketId = overdue.get(0).get("id").asString();
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> SuiteTopics.about("feedback.events", ticketId, "feedback.TicketOverdue").size() == 1);
		EventEnvelope escalated = SuiteTopics.about("feedback.events", ticketId, "feedback.TicketOverdue").get(0);
		assertThat(escalated.data()).containsEntry("projectId", projectId).containsEntry("agencyId", "agency-maqiao");
		return ticketId;
	}

	/**
	 * Four answers: 18 of 27 valid ratings are 4 or 5 (66.67%), efficiency 4 of 4,
	 * attitude 2 of 4, facilities 2 of 3 (one "don't know"); 3 of 4 respondents know at
	 * least three of the five items.
	 */
	private static void monthClosesWithTheAnswersNumbers(String projectId, LocalDate answeredOn) {
		LocalDate firstOfMonth = answeredOn.withDayOfMonth(1);
		LocalDate now = ServiceClocks.today("feedback");
		long days = ChronoUnit.DAYS.between(now, firstOfMonth.plusMonths(1)) + 1;
		if (days > 0) {
			ServiceClocks.advance("feedback", Duration.ofDays(days));
		}
		AtomicReference<EventEnvelope> closed = new AtomicReference<>();
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
			List<EventEnvelope> measured = SuiteTopics.about("feedback.events", projectId,
					"feedback.SatisfactionMeasured");
			measured.stream().filter((event) -> {
				Map<?, ?> period = (Map<?, ?>) event.data().get("period");
				return "MONTH".equals(period.get("kind")) && firstOfMonth.toString().equals(period.get("from"));
			}).findFirst().ifPresent(closed::set);
			return closed.get() != null;
		});
		Map<String, Object> data = closed.get().data();
		assertThat(data).containsEntry("responses", 4)
			.containsEntry("satisfactionRateBp", 6667)
			.containsEntry("awarenessRateBp", 7500)
			.containsEntry("agencyId", "agency-maqiao")
			.containsEntry("reason", "PERIOD_CLOSED");
		Map<?, ?> dimensions = (Map<?, ?>) data.get("dimensions");
		assertThat(((Map<?, ?>) dimensions.get("EFFICIENCY")).get("rateBp")).isEqualTo(10000);
		assertThat(((Map<?, ?>) dimensions.get("ATTITUDE")).get("rateBp")).isEqualTo(5000);
		assertThat(((Map<?, ?>) dimensions.get("FACILITIES")).get("valid")).isEqualTo(3);
		Map<?, ?> channels = (Map<?, ?>) data.get("countsByChannel");
		assertThat(channels.get("ONLINE_FORM")).isEqualTo(3);
		assertThat(channels.get("PAPER_QUESTIONNAIRE")).isEqualTo(1);
		assertThat(closed.get().toString()).doesNotContain("张秀英").doesNotContain("13812345678");
	}

	private static JsonNode ticketByText(String receipt, String text) {
		for (JsonNode ticket : ok(Http.getAs("/api/feedback/tickets", AGENCY), 200)) {
			if (ticket.get("text").asString().equals(text)) {
				return ticket;
			}
		}
		throw new AssertionError("ticket " + receipt + " not in the agency's list");
	}

	private static String ticketIdOf(String projectId, String text) {
		for (JsonNode ticket : ok(Http.getAs("/api/feedback/tickets?projectId=" + projectId, AGENCY), 200)) {
			if (ticket.get("text").asString().equals(text)) {
				return ticket.get("id").asString();
			}
		}
		throw new AssertionError("no ticket with that text in project " + projectId);
	}

	private static String servedProject(LocalDate termFrom, LocalDate termTo) throws Exception {
		String projectId = "prj-e2e-" + UUID.randomUUID();
		Map<String, Object> published = example("procurement.ProjectPublished.v1.example.json");
		published.put("projectId", projectId);
		published.put("termFrom", termFrom.toString());
		published.put("termTo", termTo.toString());
		Map<String, Object> awarded = example("procurement.ContractAwarded.v1.example.json");
		awarded.put("contractId", "ctr-e2e-" + UUID.randomUUID());
		awarded.put("projectId", projectId);
		awarded.put("termFrom", termFrom.toString());
		awarded.put("termTo", termTo.toString());
		SuiteTopics.publish("procurement.events", new EventEnvelope(UUID.randomUUID().toString(),
				"procurement.ProjectPublished", 1, Instant.now(), "procurement-service", projectId, published));
		SuiteTopics.publish("procurement.events",
				new EventEnvelope(UUID.randomUUID().toString(), "procurement.ContractAwarded", 1, Instant.now(),
						"procurement-service", (String) awarded.get("contractId"), awarded));
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> Http.getAs("/api/feedback/public/projects/" + projectId, null).status() == 200);
		return projectId;
	}

	private static Map<String, Object> example(String file) throws Exception {
		return Http.JSON.readValue(Files.readString(PROCUREMENT_EVENTS.resolve(file)), new TypeReference<>() {
		});
	}

}
