package cn.shegong.e2e;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import static cn.shegong.e2e.ProcurementSteps.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Maqiao's HR staffs a signed contract through the gateway: talent-service learns the
 * contract's staffing requirement from procurement's ContractAwarded, HR records six
 * workers (four certified) and assigns them from the first day of the term, and the
 * buyer's officer reads that the team will comply.
 */
final class StaffingSteps {

	private static final String HR = "hr.maqiao";

	private StaffingSteps() {
	}

	static void stationTeamComplies(String contractId, LocalDate termFrom) {
		String assignments = "/api/talent/contracts/" + contractId + "/assignments";
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> Http.getAs(assignments, HR).status() == 200);
		assertThat(Http.getAs(assignments, "hr.xiashi").status()).isEqualTo(404);

		List<String> roles = List.of("STATION_HEAD", "SUPERVISOR", "FRONTLINE", "FRONTLINE", "ASSISTANT", "ASSISTANT");
		for (int i = 0; i < roles.size(); i++) {
			String workerId = worker("社工 " + (i + 1), i < 4);
			ok(Http.post(assignments, HR, """
					{"workerId":"%s","role":"%s","fteBasisPoints":10000,"from":"%s"}""".formatted(workerId,
					roles.get(i), termFrom)), 201);
		}

		JsonNode staffing = ok(Http.getAs("/api/talent/contracts/" + contractId + "/staffing?on=" + termFrom,
				ProcurementSteps.OFFICER), 200);
		assertThat(staffing.get("compliant").asBoolean()).as(staffing.toString()).isTrue();
		assertThat(staffing.toString()).doesNotContain("社工 1");
		assertThat(Http.getAs("/api/talent/contracts/" + contractId + "/staffing", "officer.tongxiang").status())
			.isEqualTo(404);
		Http.Response evaluator = Http.getAs("/api/talent/contracts/" + contractId + "/staffing?on=" + termFrom,
				EvaluationSteps.EVALUATOR);
		assertThat(evaluator.status()).as("no panel names the evaluator yet: " + evaluator.body()).isEqualTo(404);
	}

	private static String worker(String name, boolean certified) {
		JsonNode worker = ok(Http.post("/api/talent/workers", HR,
				"""
						{"name":"%s","residentId":"%s","education":"BACHELOR","yearsOfService":4,"employedSince":"2023-03-01"}"""
					.formatted(name, ResidentIds.next())),
				201);
		String id = worker.get("id").asString();
		if (certified) {
			ok(Http.post("/api/talent/workers/" + id + "/certificates", HR, """
					{"level":"ASSISTANT","number":"ZS-%s","examYear":2023,"registeredOn":"%s"}"""
				.formatted(UUID.randomUUID(), ServiceClocks.today("talent").minusMonths(6))), 201);
		}
		return id;
	}

}
