package cn.shegong.evaluation.evaluation.application;

import java.util.ArrayList;
import java.util.List;

import cn.shegong.evaluation.evaluation.model.Evaluation;
import cn.shegong.evaluation.evaluation.model.EvaluationFact;
import cn.shegong.evaluation.evaluation.model.EvaluationSubject;
import cn.shegong.evaluation.event.EvaluationEvents;
import cn.shegong.evaluation.event.EvaluationFinalized;
import cn.shegong.evaluation.event.EvaluationGraded;
import cn.shegong.evaluation.event.EvaluationScheduled;
import cn.shegong.evaluation.event.EvaluatorsAssigned;
import cn.shegong.evaluation.event.RectificationRequired;
import cn.shegong.platform.event.EventType;
import cn.shegong.platform.outbox.Outbox;
import cn.shegong.platform.outbox.PendingEvent;

/**
 * Turns the facts DOMAIN.md §8 names, and the assignment of a panel (which talent and
 * feedback need to let its evaluators read their figures), into the events' data; the
 * other facts stay in the evaluation's own history.
 */
public final class EvaluationPayloads {

	private EvaluationPayloads() {
	}

	/** The events the facts cause, as the outbox stores them with the evaluation. */
	static List<PendingEvent> pending(Outbox outbox, EvaluationFile file, List<EvaluationFact> facts) {
		return of(file, facts).stream().map((p) -> outbox.pending(p.type(), file.evaluation().id(), p.data())).toList();
	}

	/** The events the facts cause, as type and data, in order. */
	public static List<Payload> of(EvaluationFile file, List<EvaluationFact> facts) {
		List<Payload> payloads = new ArrayList<>();
		Evaluation e = file.evaluation();
		EvaluationSubject s = e.subject();
		for (EvaluationFact fact : facts) {
			if (fact instanceof EvaluationFact.EvaluationScheduled) {
				payloads.add(new Payload(EvaluationEvents.EVALUATION_SCHEDULED,
						new EvaluationScheduled(e.id(), s.contractId(), s.milestoneId(), s.projectId(), s.agencyId(),
								s.regionCode(), e.kind().name(), e.scheme().schemeId(), e.scheme().version(),
								e.plannedFor())));
			}
			else if (fact instanceof EvaluationFact.EvaluatorsAssigned assigned) {
				payloads.add(new Payload(EvaluationEvents.EVALUATORS_ASSIGNED,
						new EvaluatorsAssigned(e.id(), e.kind().name(), s.contractId(), s.projectId(), s.milestoneId(),
								s.agencyId(), s.regionCode(), assigned.evaluatorIds(), assigned.assignedOn())));
			}
			else if (fact instanceof EvaluationFact.EvaluationGraded graded) {
				payloads.add(new Payload(EvaluationEvents.EVALUATION_GRADED,
						new EvaluationGraded(e.id(), s.contractId(), s.milestoneId(), s.projectId(), s.agencyId(),
								s.regionCode(), e.kind().name(), graded.result().score().toPlainString(),
								graded.result().grade(), graded.result().vetoed(), graded.gradedOn(),
								graded.replyDeadline())));
			}
			else if (fact instanceof EvaluationFact.EvaluationFinalized finalized) {
				payloads.add(new Payload(EvaluationEvents.EVALUATION_FINALIZED, finalized(file, finalized)));
			}
			else if (fact instanceof EvaluationFact.RectificationRequired required) {
				payloads.add(new Payload(EvaluationEvents.RECTIFICATION_REQUIRED,
						new RectificationRequired(e.id(), s.contractId(), s.projectId(), s.agencyId(), s.regionCode(),
								required.grade(), required.requiredOn())));
			}
		}
		return List.copyOf(payloads);
	}

	static EvaluationFinalized finalized(EvaluationFile file, EvaluationFact.EvaluationFinalized fact) {
		Evaluation e = file.evaluation();
		EvaluationSubject s = fact.subject();
		return new EvaluationFinalized(e.id(), s.contractId(), s.milestoneId(), s.projectId(), s.agencyId(),
				s.regionCode(), fact.kind().name(), fact.result().score().toPlainString(), fact.result().grade(),
				fact.result().vetoed(), fact.finalOn(), fact.publicationDue(), e.scheme().schemeId(),
				e.scheme().version(),
				file.dimensions()
					.stream()
					.map((d) -> new EvaluationFinalized.Dimension(d.code(), d.label(), d.score().toPlainString(),
							d.max().toPlainString()))
					.toList(),
				(e.correction() != null) ? e.correction().correctsEvaluationId() : null);
	}

	/** An event's type and data. */
	public record Payload(EventType type, Object data) {
	}

}
