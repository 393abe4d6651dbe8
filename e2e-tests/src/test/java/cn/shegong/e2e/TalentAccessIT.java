package cn.shegong.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

import static cn.shegong.e2e.ProcurementSteps.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Workers' records through the gateway with real Keycloak tokens: an agency's HR keeps
 * its own workers and nobody else reads them; a resident ID number goes in once and only
 * ever comes back masked.
 */
@ExtendWith(LocalPlatform.class)
class TalentAccessIT {

	@Test
	void hrRecordsItsWorkerWhoseResidentIdOnlyEverComesBackMasked() {
		String residentId = ResidentIds.next();

		Http.Response created = Http.post("/api/talent/workers", "hr.maqiao",
				"""
						{"name":"张社工","residentId":"%s","education":"BACHELOR","yearsOfService":3,"employedSince":"2024-01-01"}"""
					.formatted(residentId));
		JsonNode worker = ok(created, 201);
		String id = worker.get("id").asString();
		JsonNode read = ok(Http.getAs("/api/talent/workers/" + id, "hr.maqiao"), 200);
		Http.Response found = Http.post("/api/talent/workers/search", "hr.maqiao",
				"{\"residentId\":\"" + residentId + "\"}");

		assertThat(worker.get("residentIdMasked").asString()).startsWith("3304").endsWith(residentId.substring(15));
		assertThat(created.body()).doesNotContain(residentId.substring(0, 17));
		assertThat(read.toString()).doesNotContain(residentId.substring(0, 17));
		assertThat(ok(found, 200).toString()).contains(id).doesNotContain(residentId.substring(0, 17));
	}

	@Test
	void anotherAgencysHrOfficersAndEvaluatorsNeverReadAWorker() {
		JsonNode worker = ok(Http.post("/api/talent/workers", "hr.maqiao", """
				{"name":"李社工","residentId":"%s","education":"MASTER","yearsOfService":5}"""
			.formatted(ResidentIds.next())), 201);
		String path = "/api/talent/workers/" + worker.get("id").asString();

		Http.Response otherAgency = Http.getAs(path, "hr.xiashi");
		Http.Response officer = Http.getAs(path, "officer.haining");
		Http.Response evaluator = Http.getAs("/api/talent/workers", "evaluator.zhiping");
		Http.Response agencyStaff = Http.getAs(path, "staff.maqiao");

		assertThat(otherAgency.status()).isEqualTo(404);
		assertThat(otherAgency.json().get("rule").asString()).isEqualTo("worker-not-found");
		assertThat(officer.status()).isEqualTo(403);
		assertThat(officer.isProblem()).isTrue();
		assertThat(evaluator.status()).isEqualTo(403);
		assertThat(agencyStaff.status()).as("turned away at the gateway").isEqualTo(403);
		assertThat(ok(Http.getAs("/api/talent/workers", "hr.xiashi"), 200).toString())
			.doesNotContain(worker.get("id").asString());
	}

	@Test
	void aResidentIdWithAWrongCheckCharacterIsRefusedByItsRule() {
		String valid = ResidentIds.next();
		char wrong = (valid.charAt(17) == '1') ? '2' : '1';

		Http.Response refused = Http.post("/api/talent/workers", "hr.maqiao", """
				{"name":"王社工","residentId":"%s","education":"BACHELOR","yearsOfService":1}"""
			.formatted(valid.substring(0, 17) + wrong));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("rule").asString()).isEqualTo("resident-id-check-digit-invalid");
		assertThat(refused.body()).doesNotContain(valid.substring(0, 17));
	}

}
