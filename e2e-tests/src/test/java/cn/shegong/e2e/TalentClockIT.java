package cn.shegong.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.shegong.platform.event.EventEnvelope;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

import static cn.shegong.e2e.ProcurementSteps.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Certificates lapse while nobody touches them: talent-service's clock is moved past the
 * midnight on which a team's registrations end, and the daily check that the move runs
 * turns the contract non-compliant, tells the buyer's officer why, and announces it on
 * {@code talent.events} once. The contract comes as a {@code procurement.ContractAwarded}
 * envelope in procurement's documented shape (its example file), published here so that
 * this test need not run a whole tender; {@link ProcurementStoryIT} shows the real
 * hand-over from procurement.
 */
@ExtendWith(LocalPlatform.class)
class TalentClockIT {

	private static final String HR = "hr.maqiao";

	private static final Path CONTRACT_AWARDED = Path
		.of("../procurement-service/src/main/resources/events/procurement.ContractAwarded.v1.example.json");

	@Test
	void aTeamWhoseRegistrationsLapseOvernightFallsOutOfComplianceAndThatIsAnnouncedOnce() throws Exception {
		LocalDate today = ServiceClocks.today("talent");
		String contractId = awardedToMaqiao(today.minusMonths(1), today.plusYears(1));
		// Registered three years ago the day after tomorrow: tomorrow is the last valid
		// day.
		List<String> certified = stationTeam(contractId, today, today.minusYears(3).plusDays(2));
		assertThat(staffing(contractId).get("compliant").asBoolean()).isTrue();
		int announcedBefore = staffingChanged(contractId).size();

		ServiceClocks.advance("talent", Duration.ofDays(1));
		assertThat(staffing(contractId).get("compliant").asBoolean()).as("the last valid day still counts").isTrue();
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> expiring(certified.get(0)).size() == 1);

		ServiceClocks.advance("talent", Duration.ofDays(1));
		JsonNode after = staffing(contractId);
		assertThat(after.get("compliant").asBoolean()).as(after.toString()).isFalse();
		assertThat(after.get("certified").asInt()).isZero();
		assertThat(after.at("/reasons/0/rule").asString()).isEqualTo("too-few-certified");
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> staffingChanged(contractId).size() == announcedBefore + 1);
		EventEnvelope lapsed = staffingChanged(contractId).get(announcedBefore);
		assertThat(lapsed.data()).containsEntry("compliant", false).containsEntry("certified", 0);
		assertThat(lapsed.toString()).doesNotContain("社工");

		ServiceClocks.advance("talent", Duration.ofHours(1));
		assertThat(staffingChanged(contractId)).as("the same figures are not news twice").hasSize(announcedBefore + 1);
		assertThat(expiring(certified.get(0))).as("the registration's end was announced ahead, once").hasSize(1);
	}

	private static String awardedToMaqiao(LocalDate termFrom, LocalDate termTo) throws Exception {
		String contractId = "ctr-e2e-" + UUID.randomUUID();
		Map<String, Object> data = Http.JSON.readValue(Files.readString(CONTRACT_AWARDED), new TypeReference<>() {
		});
		data.put("contractId", contractId);
		data.put("termFrom", termFrom.toString());
		data.put("termTo", termTo.toString());
		SuiteTopics.publish("procurement.events", new EventEnvelope(UUID.randomUUID().toString(),
				"procurement.ContractAwarded", 1, Instant.now(), "procurement-service", contractId, data));
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> Http.getAs("/api/talent/contracts/" + contractId + "/assignments", HR).status() == 200);
		return contractId;
	}

	/**
	 * Six workers placed from {@code from}; the first four registered on
	 * {@code registeredOn}. Returns the certified workers' ids.
	 */
	private static List<String> stationTeam(String contractId, LocalDate from, LocalDate registeredOn) {
		List<String> roles = List.of("STATION_HEAD", "SUPERVISOR", "FRONTLINE", "FRONTLINE", "ASSISTANT", "ASSISTANT");
		List<String> certified = new ArrayList<>();
		for (int i = 0; i < roles.size(); i++) {
			String workerId = ok(Http.post("/api/talent/workers", HR, """
					{"name":"社工 %d","residentId":"%s","education":"BACHELOR","yearsOfService":4,"employedSince":"%s"}"""
				.formatted(i + 1, ResidentIds.next(), from.minusYears(1))), 201).get("id").asString();
			if (i < 4) {
				ok(Http.post("/api/talent/workers/" + workerId + "/certificates", HR, """
						{"level":"ASSISTANT","number":"ZS-%s","examYear":%d,"registeredOn":"%s"}"""
					.formatted(UUID.randomUUID(), registeredOn.getYear(), registeredOn)), 201);
				certified.add(workerId);
			}
			ok(Http.post("/api/talent/contracts/" + contractId + "/assignments", HR, """
					{"workerId":"%s","role":"%s","fteBasisPoints":10000,"from":"%s"}""".formatted(workerId,
					roles.get(i), from)), 201);
		}
		return certified;
	}

	private static JsonNode staffing(String contractId) {
		return ok(Http.getAs("/api/talent/contracts/" + contractId + "/staffing", ProcurementSteps.OFFICER), 200);
	}

	private static List<EventEnvelope> expiring(String workerId) {
		return SuiteTopics.about("talent.events", workerId, "talent.CertificateExpiring");
	}

	private static List<EventEnvelope> staffingChanged(String contractId) {
		return SuiteTopics.about("talent.events", contractId, "talent.StaffingChanged");
	}

}
