package cn.shegong.evaluation.result;

import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.shegong.evaluation.evaluation.application.EvaluationFile;
import cn.shegong.evaluation.evaluation.application.Publication;
import cn.shegong.evaluation.evaluation.model.Evaluation;
import cn.shegong.evaluation.evaluation.persistence.Evaluations;

/**
 * The public summary of final grades (信息公开), readable without logging in: who delivered
 * which project, and how it was graded. Never sheets, evaluators or replies.
 */
@RestController
class PublicResultsController {

	private static final int LIMIT = 500;

	private final Evaluations evaluations;

	PublicResultsController(Evaluations evaluations) {
		this.evaluations = evaluations;
	}

	@GetMapping("/api/evaluation/public/results")
	List<PublicResult> results() {
		return this.evaluations.finalGrades(LIMIT).stream().map(PublicResult::of).toList();
	}

	/**
	 * @param publishedOn the day the result was published (信息公开), {@code null} before
	 * @param publicationChannel where, and {@code publicationReference} the notice there
	 */
	record PublicResult(String evaluationId, String agencyId, String projectId, String kind, String score, String grade,
			boolean veto, LocalDate finalizedOn, LocalDate publishedOn, String publicationChannel,
			String publicationReference) {

		static PublicResult of(EvaluationFile file) {
			Evaluation e = file.evaluation();
			Publication p = file.publication();
			return new PublicResult(e.id(), e.subject().agencyId(), e.subject().projectId(), e.kind().name(),
					e.grading().result().score().toPlainString(), e.grading().result().grade(),
					e.grading().result().vetoed(), e.grading().finalOn(), e.grading().publishedOn(),
					(p != null) ? p.channel() : null, (p != null) ? p.reference() : null);
		}

	}

}
