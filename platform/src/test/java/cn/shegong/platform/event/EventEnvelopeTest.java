package cn.shegong.platform.event;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventEnvelopeTest {

	private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

	private final EventJson json = EventJson.standard();

	@Test
	void envelopeSurvivesTheRoundTripThroughJson() {
		EventEnvelope sent = new EventEnvelope("e-1", "procurement.ContractAwarded", 1, NOW, "procurement-service",
				"contract-7", Map.of("agencyId", "agency-maqiao", "priceFen", 48000000L));

		EventEnvelope received = this.json.read(this.json.write(sent));

		assertThat(received.eventId()).isEqualTo("e-1");
		assertThat(received.occurredAt()).isEqualTo(NOW);
		assertThat(received.data()).containsEntry("agencyId", "agency-maqiao");
		assertThat(((Number) received.data().get("priceFen")).longValue()).isEqualTo(48000000L);
	}

	@Test
	void envelopeOnTheWireCarriesTheStableTypeNameNotAClassName() {
		String wire = this.json.write(new EventEnvelope("e-1", "procurement.ContractAwarded", 2, NOW,
				"procurement-service", "contract-7", Map.of()));

		assertThat(wire).contains("\"type\":\"procurement.ContractAwarded\"")
			.contains("\"version\":2")
			.contains("\"occurredAt\":\"2026-11-22T08:00:00Z\"")
			.doesNotContain("cn.shegong");
	}

	@Test
	void textThatIsNotAnEnvelopeIsMalformedAndNeverRetried() {
		assertThatThrownBy(() -> this.json.read("{ not json")).isInstanceOf(MalformedEventException.class);
		assertThatThrownBy(() -> this.json.read("{\"eventId\":\"e-1\"}")).isInstanceOf(MalformedEventException.class);
	}

	@Test
	void envelopeWithoutSubjectOrTypeIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new EventEnvelope("e-1", "", 1, NOW, "procurement-service", "c-1", Map.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> new EventEnvelope("e-1", "procurement.ContractAwarded", 1,
				NOW, "procurement-service", " ", Map.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> new EventEnvelope("e-1", "procurement.ContractAwarded", 0,
				NOW, "procurement-service", "c-1", Map.of()));
	}

	@Test
	void aNullValueInTheDataIsCarriedAsJsonNull() {
		Map<String, Object> data = new HashMap<>();
		data.put("rateBp", null);
		data.put("projectId", "prj-1");
		EventEnvelope envelope = new EventEnvelope("e-null", "feedback.SatisfactionMeasured", 1,
				Instant.parse("2027-04-01T00:00:00Z"), "feedback-service", "prj-1", data);

		String wire = EventJson.standard().write(envelope);

		assertThat(wire).contains("\"rateBp\":null");
		assertThat(EventJson.standard().read(wire).data()).containsEntry("rateBp", null)
			.containsEntry("projectId", "prj-1");
	}

	@Test
	void dataCannotBeChangedAfterTheEnvelopeIsMade() {
		Map<String, Object> data = new HashMap<>(Map.of("grade", "优秀"));
		EventEnvelope envelope = new EventEnvelope("e-1", "evaluation.EvaluationFinalized", 1, NOW,
				"evaluation-service", "ev-1", data);

		data.put("grade", "不合格");

		assertThat(envelope.data()).containsEntry("grade", "优秀");
	}

	@Test
	void typeNamesReadServiceDotPastTenseFact() {
		assertThat(EventType.of("talent.StaffingChanged", 1).name()).isEqualTo("talent.StaffingChanged");
		assertThatIllegalArgumentException().isThrownBy(() -> EventType.of("cn.shegong.talent.StaffingChanged", 1));
		assertThatIllegalArgumentException().isThrownBy(() -> EventType.of("StaffingChanged", 1));
	}

	@Test
	void aConsumerReadsDataIntoItsOwnRecord() {
		record AwardSeenByTalent(String agencyId, int requiredStaff) {
		}
		EventEnvelope envelope = new EventEnvelope("e-1", "procurement.ContractAwarded", 1, NOW, "procurement-service",
				"c-1", Map.of("agencyId", "agency-xiashi", "requiredStaff", 6, "extra", "x"));

		AwardSeenByTalent seen = this.json.fromData(envelope, AwardSeenByTalent.class);

		assertThat(seen).isEqualTo(new AwardSeenByTalent("agency-xiashi", 6));
	}

	@Test
	void eachConsumerGroupHasItsOwnDeadLetterTopic() {
		assertThat(Topics.deadLetterOf(Topics.PROCUREMENT, "talent-service"))
			.isEqualTo("procurement.events.talent-service.dlt");
		assertThat(Topics.deadLetterOf(Topics.PROCUREMENT, "feedback-service"))
			.isNotEqualTo(Topics.deadLetterOf(Topics.PROCUREMENT, "talent-service"));
	}

}
