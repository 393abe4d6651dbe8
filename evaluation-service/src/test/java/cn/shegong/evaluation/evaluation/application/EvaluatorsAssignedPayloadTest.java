package cn.shegong.evaluation.evaluation.application;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.shegong.evaluation.evaluation.model.ConflictOfInterest;
import cn.shegong.evaluation.evaluation.model.Evaluation;
import cn.shegong.evaluation.evaluation.model.EvaluationKind;
import cn.shegong.evaluation.evaluation.model.EvaluationRules;
import cn.shegong.evaluation.evaluation.model.EvaluationStep;
import cn.shegong.evaluation.evaluation.model.EvaluationSubject;
import cn.shegong.evaluation.evaluation.model.EvaluatorCandidate;
import cn.shegong.evaluation.event.EvaluationEvents;
import cn.shegong.evaluation.event.EvaluatorsAssigned;
import cn.shegong.evaluation.scheme.model.SchemeRef;
import cn.shegong.platform.event.EventJson;
import cn.shegong.platform.test.EventSchemas;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assignment of a panel is published with the usernames talent and feedback compare
 * with their callers', in the shape evaluation's schema promises.
 */
class EvaluatorsAssignedPayloadTest {

	private static final LocalDate ASSIGNED_ON = LocalDate.of(2027, 6, 30);

	private static EvaluationPayloads.Payload assignedPayload(String milestoneId, EvaluationKind kind) {
		EvaluationSubject subject = new EvaluationSubject("ctr-1", "prj-1", "agency-maqiao", "330481", milestoneId);
		Evaluation planned = Evaluation.plan("ev-1", subject, kind, new SchemeRef("township-station", 1), ASSIGNED_ON)
			.evaluation();
		EvaluationStep step = planned.assign(
				List.of(new EvaluatorCandidate("evaluator.zhiping", "eval-zhiping", List.of(), List.of()),
						new EvaluatorCandidate("evaluator.lanfang", "eval-zhiping", List.of(), List.of())),
				ConflictOfInterest.of(EvaluationRules.defaults()), ASSIGNED_ON);
		List<EvaluationPayloads.Payload> payloads = EvaluationPayloads.of(EvaluationFile.planned(step.evaluation()),
				step.facts());
		assertThat(payloads).hasSize(1);
		return payloads.get(0);
	}

	/** The data as the outbox puts it in the envelope, checked against the schema. */
	private static List<String> violations(Object data) {
		String json = JsonMapper.builder().build().writeValueAsString(EventJson.standard().toData(data));
		return EventSchemas.violations(EvaluatorsAssignedPayloadTest.class
			.getResourceAsStream(EvaluationEvents.schemaPath(EvaluationEvents.EVALUATORS_ASSIGNED)), json);
	}

	@Test
	void assigningAPanelPublishesItsEvaluatorsByTheUsernamesTheySignInWith() {
		EvaluationPayloads.Payload payload = assignedPayload("ms-1", EvaluationKind.MID_TERM);

		assertThat(payload.type()).isEqualTo(EvaluationEvents.EVALUATORS_ASSIGNED);
		assertThat(payload.data()).isEqualTo(new EvaluatorsAssigned("ev-1", "MID_TERM", "ctr-1", "prj-1", "ms-1",
				"agency-maqiao", "330481", List.of("evaluator.zhiping", "evaluator.lanfang"), ASSIGNED_ON));
		assertThat(violations(payload.data())).isEmpty();
	}

	@Test
	void aSpotCheckFollowsNoMilestoneAndStillConformsToTheSchema() {
		EvaluationPayloads.Payload payload = assignedPayload(null, EvaluationKind.SPOT_CHECK);

		assertThat(((EvaluatorsAssigned) payload.data()).milestoneId()).isNull();
		assertThat(violations(payload.data())).isEmpty();
	}

}
