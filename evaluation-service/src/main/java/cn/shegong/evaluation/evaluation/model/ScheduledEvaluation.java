package cn.shegong.evaluation.evaluation.model;

import java.time.LocalDate;

/** An evaluation the schedule calls for: what kind, of what, on which day. */
public record ScheduledEvaluation(EvaluationKind kind, EvaluationSubject subject, LocalDate plannedFor) {
}
