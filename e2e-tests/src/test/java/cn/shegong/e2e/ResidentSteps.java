package cn.shegong.e2e;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import tools.jackson.databind.JsonNode;

import static cn.shegong.e2e.ProcurementSteps.ok;
import static org.awaitility.Awaitility.await;

/**
 * What residents do without logging in, through the gateway's rate-limited public route:
 * find the station by its code, answer the questionnaire online, file a ticket and read
 * or confirm it by its receipt code.
 */
final class ResidentSteps {

	private ResidentSteps() {
	}

	/**
	 * The poster's station code, once feedback-service knows the project and its term has
	 * begun by feedback's clock.
	 */
	static String stationCode(String projectId) {
		String path = "/api/feedback/public/projects/" + projectId;
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> Http.getAs(path, null).status() == 200);
		return ok(Http.getAs(path, null), 200).get("stationCode").asString();
	}

	/** The questionnaire version residents answer today. */
	static int surveyVersion() {
		return ok(Http.getAs("/api/feedback/public/surveys/current", null), 200).get("version").asInt();
	}

	/**
	 * One online answer rating every dimension alike; the respondent knows the first
	 * three of the five awareness items, and the fourth if asked.
	 */
	static JsonNode answeredOnline(String stationCode, int rating, boolean knowsHowToAskForHelp) {
		return anonymous("/api/feedback/public/survey-responses", survey(stationCode, surveyVersion(),
				"{\"EFFICIENCY\":%1$d,\"ATTITUDE\":%1$d,\"LIFE_IMPROVEMENT\":%1$d,\"ACTIVITY_ORGANISATION\":%1$d,"
					.formatted(rating)
						+ "\"FACILITIES\":%1$d,\"COMPLAINT_INTAKE\":%1$d,\"COMPLAINT_FOLLOW_UP\":%1$d}"
							.formatted(rating),
				"{\"STATION_ADDRESS\":true,\"SERVICES\":true,\"STAFF\":true,\"HOW_TO_ASK_FOR_HELP\":%b,\"FUNDER\":false}"
					.formatted(knowsHowToAskForHelp)),
				201);
	}

	/** A resident's ticket; returns its receipt code. */
	static String ticketFiled(String stationCode, String category, String text) {
		return anonymous("/api/feedback/public/tickets",
				"{\"project\":\"%s\",\"category\":\"%s\",\"text\":\"%s\"}".formatted(stationCode, category, text), 201)
			.get("receiptCode")
			.asString();
	}

	/** The ticket as the resident reads it by receipt. */
	static JsonNode ticket(String receipt) {
		return ok(Http.getAs("/api/feedback/public/tickets/" + receipt, null), 200);
	}

	static void confirmed(String receipt) {
		ok(anonymousOk("/api/feedback/public/tickets/" + receipt + "/confirmation", "{\"satisfied\":true}"), 200);
	}

	static String survey(String project, int version, String answers, String awareness) {
		return "{\"project\":\"%s\",\"surveyVersion\":%d,\"answers\":%s,\"awareness\":%s}".formatted(project, version,
				answers, awareness);
	}

	/** An anonymous POST expecting the status, after waiting out any 429. */
	static JsonNode anonymous(String path, String json, int expectedStatus) {
		return ok(anonymousOk(path, json), expectedStatus);
	}

	/**
	 * An anonymous POST through the rate-limited public route; a 429 left by an earlier
	 * test's flood is waited out, as a resident's browser would retry.
	 */
	static Http.Response anonymousOk(String path, String json) {
		AtomicReference<Http.Response> answer = new AtomicReference<>();
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
			answer.set(Http.post(path, null, json));
			return answer.get().status() != 429;
		});
		return answer.get();
	}

}
