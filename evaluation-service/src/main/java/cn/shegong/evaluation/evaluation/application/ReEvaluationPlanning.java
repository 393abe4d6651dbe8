package cn.shegong.evaluation.evaluation.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import cn.shegong.evaluation.evaluation.model.Evaluation;
import cn.shegong.evaluation.evaluation.model.EvaluationKind;
import cn.shegong.evaluation.evaluation.model.EvaluationStep;
import cn.shegong.evaluation.evaluation.persistence.Evaluations;
import cn.shegong.platform.outbox.Outbox;
import cn.shegong.platform.problem.ProblemException;
import cn.shegong.platform.security.Caller;

/**
 * Corrections of final grades: a re-evaluation ({@code <id>-re<n>}) is a new evaluation
 * with a reason that keeps the corrected one's scheme version; the corrected evaluation
 * is never edited and stays readable. A re-evaluation then runs through the normal flow.
 */
@Service
public class ReEvaluationPlanning {

	private final Evaluations evaluations;

	private final EvaluationFlow flow;

	private final Outbox outbox;

	private final Clock clock;

	ReEvaluationPlanning(Evaluations evaluations, EvaluationFlow flow, Outbox outbox, Clock clock) {
		this.evaluations = evaluations;
		this.flow = flow;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * A correction asked for by an admin or the region's procurement officer.
	 */
	public EvaluationFile correct(Caller caller, String id, String reason) {
		return plan(this.flow.manageable(caller, id).file().evaluation(), reason);
	}

	/**
	 * Plans a re-evaluation of a final evaluation for a reason, e.g. a verified
	 * rectification. Planning again for the same reason returns the re-evaluation planned
	 * before, so a redelivered cause plans nothing twice.
	 */
	public EvaluationFile plan(String correctedId, String reason) {
		return plan(this.evaluations.find(correctedId)
			.map((v) -> v.file().evaluation())
			.orElseThrow(() -> notFound(correctedId)), reason);
	}

	/**
	 * The re-evaluations that correct an evaluation the caller may read, oldest first.
	 */
	public List<EvaluationFile> of(Caller caller, String id) {
		return correcting(this.flow.read(caller, id).evaluation());
	}

	private EvaluationFile plan(Evaluation corrected, String reason) {
		List<EvaluationFile> earlier = correcting(corrected);
		Optional<EvaluationFile> same = earlier.stream()
			.filter((file) -> file.evaluation().correction().reason().equals(reason))
			.findFirst();
		if (same.isPresent()) {
			return same.get();
		}
		for (int n = earlier.size() + 1;; n++) {
			EvaluationStep step = Evaluation.planReEvaluation(corrected.id() + "-re" + n, corrected, reason, today());
			EvaluationFile file = EvaluationFile.planned(step.evaluation());
			boolean inserted = this.evaluations.insertIfAbsent(file,
					EvaluationPayloads.pending(this.outbox, file, step.facts()));
			if (inserted) {
				return file;
			}
		}
	}

	private List<EvaluationFile> correcting(Evaluation corrected) {
		return this.evaluations.ofContract(corrected.subject().contractId())
			.stream()
			.filter((file) -> file.evaluation().kind() == EvaluationKind.RE_EVALUATION
					&& file.evaluation().correction().correctsEvaluationId().equals(corrected.id()))
			.sorted(java.util.Comparator.comparing((EvaluationFile file) -> file.evaluation().id().length())
				.thenComparing((file) -> file.evaluation().id()))
			.toList();
	}

	private static ProblemException notFound(String id) {
		return ProblemException.notFound("evaluation-not-found", "No evaluation " + id + " here.", id);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
