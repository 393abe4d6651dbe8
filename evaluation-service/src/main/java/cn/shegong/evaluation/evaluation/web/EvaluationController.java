package cn.shegong.evaluation.evaluation.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.shegong.evaluation.evaluation.application.EvaluationFile;
import cn.shegong.evaluation.evaluation.application.EvaluationFlow;
import cn.shegong.evaluation.evaluation.application.EvaluationPublication;
import cn.shegong.evaluation.evaluation.application.ReplyRevisions;
import cn.shegong.evaluation.evaluation.model.ScoreSheet;
import cn.shegong.evaluation.evaluation.model.SelfAssessment;
import cn.shegong.evaluation.scoring.model.FinanceCheck;
import cn.shegong.platform.security.Caller;

/**
 * Evaluations from assignment to the final grade. Who may do what is the flow's to decide
 * per evaluation; the roles here only turn away those who never may.
 */
@RestController
@RequestMapping("/api/evaluation/evaluations")
class EvaluationController {

	private static final String READERS = "hasAnyRole('admin', 'evaluator', 'procurement-officer', 'supervisor', 'agency-staff')";

	private static final String MANAGERS = "hasAnyRole('admin', 'procurement-officer')";

	private final EvaluationFlow flow;

	private final EvaluationPublication publication;

	EvaluationController(EvaluationFlow flow, EvaluationPublication publication) {
		this.flow = flow;
		this.publication = publication;
	}

	@GetMapping
	@PreAuthorize(READERS)
	List<EvaluationView> list(Caller caller, @RequestParam(defaultValue = "false") boolean mine,
			@RequestParam(required = false) String contractId) {
		return this.flow.list(caller, mine, contractId).stream().map((file) -> view(caller, file)).toList();
	}

	@GetMapping("/{id}")
	@PreAuthorize(READERS)
	EvaluationView get(Caller caller, @PathVariable String id) {
		return view(caller, this.flow.read(caller, id));
	}

	@PostMapping("/{id}/assignment")
	@PreAuthorize(MANAGERS)
	EvaluationView assign(Caller caller, @PathVariable String id, @Valid @RequestBody AssignmentRequest request) {
		return view(caller, this.flow.assign(caller, id, request.evaluatorIds()));
	}

	@PostMapping("/{id}/self-assessment")
	@PreAuthorize("hasRole('agency-staff')")
	EvaluationView selfAssess(Caller caller, @PathVariable String id,
			@Valid @RequestBody SelfAssessmentRequest request) {
		Map<String, SelfAssessment.Entry> entries = new LinkedHashMap<>();
		request.entries()
			.forEach((code, entry) -> entries.put(code,
					new SelfAssessment.Entry(entry.text(), orEmpty(entry.evidenceRefs()))));
		return view(caller, this.flow.selfAssess(caller, id, entries));
	}

	@PostMapping("/{id}/score-sheets")
	@PreAuthorize("hasAnyRole('evaluator', 'procurement-officer')")
	EvaluationView scoreSheet(Caller caller, @PathVariable String id, @Valid @RequestBody ScoreSheetRequest request) {
		Map<String, ScoreSheet.LeafScore> scores = new LinkedHashMap<>();
		request.scores()
			.forEach((code, leaf) -> scores.put(code,
					new ScoreSheet.LeafScore(leaf.score(), orEmpty(leaf.evidenceRefs()), leaf.comment())));
		return view(caller, this.flow.submitSheet(caller, id, scores));
	}

	@PostMapping("/{id}/consolidation")
	@PreAuthorize(MANAGERS)
	EvaluationView consolidate(Caller caller, @PathVariable String id) {
		return view(caller, this.flow.consolidate(caller, id));
	}

	@PostMapping("/{id}/provisional-grade")
	@PreAuthorize(MANAGERS)
	EvaluationView grade(Caller caller, @PathVariable String id, @Valid @RequestBody GradeRequest request) {
		return view(caller, this.flow.gradeProvisionally(caller, id, request.financeCheck()));
	}

	@PostMapping("/{id}/reply")
	@PreAuthorize("hasRole('agency-staff')")
	EvaluationView reply(Caller caller, @PathVariable String id, @Valid @RequestBody ReplyRequest request) {
		return view(caller, this.flow.reply(caller, id, request.text(), orEmpty(request.evidenceRefs())));
	}

	@PostMapping("/{id}/reply/answer")
	@PreAuthorize(MANAGERS)
	EvaluationView answer(Caller caller, @PathVariable String id, @Valid @RequestBody AnswerRequest request) {
		List<ReplyRevisions.RevisedLeaf> leaves = (request.revisions() != null) ? request.revisions()
			.stream()
			.map((leaf) -> new ReplyRevisions.RevisedLeaf(leaf.leaf(), leaf.score(), leaf.reason()))
			.toList() : List.of();
		return view(caller, this.flow.answer(caller, id, request.text(), leaves, request.financeCheck()));
	}

	@PostMapping("/{id}/finalization")
	@PreAuthorize(MANAGERS)
	EvaluationView finalizeGrade(Caller caller, @PathVariable String id) {
		return view(caller, this.flow.finalizeGrade(caller, id));
	}

	@PostMapping("/{id}/publication")
	@PreAuthorize(MANAGERS)
	EvaluationView publish(Caller caller, @PathVariable String id, @Valid @RequestBody PublicationRequest request) {
		return view(caller, this.publication.publish(caller, id, request.channel(), request.reference()));
	}

	@GetMapping("/publication-due")
	@PreAuthorize("hasAnyRole('admin', 'procurement-officer', 'supervisor')")
	List<PublicationDueView> publicationDue(Caller caller, @RequestParam String regionCode) {
		return this.publication.due(caller, regionCode)
			.stream()
			.map((file) -> PublicationDueView.of(file.evaluation(), this.publication.today()))
			.toList();
	}

	private EvaluationView view(Caller caller, EvaluationFile file) {
		return EvaluationView.of(caller, file, this.flow.scheme(file.evaluation()),
				(file.scoring() != null) ? file.scoring().automatic() : this.flow.automaticNow(file));
	}

	private static List<String> orEmpty(List<String> values) {
		return (values != null) ? values : List.of();
	}

	record AssignmentRequest(@NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 100) String> evaluatorIds) {
	}

	record SelfAssessmentRequest(@NotEmpty @Size(max = 200) Map<@NotBlank String, @NotNull @Valid EntryJson> entries) {
	}

	record EntryJson(@NotBlank @Size(max = 4000) String text, @Size(max = 50) List<@NotBlank String> evidenceRefs) {
	}

	record ScoreSheetRequest(@NotEmpty @Size(max = 200) Map<@NotBlank String, @NotNull @Valid LeafScoreJson> scores) {
	}

	record LeafScoreJson(@NotNull BigDecimal score, @Size(max = 50) List<@NotBlank String> evidenceRefs,
			@Size(max = 4000) String comment) {
	}

	record GradeRequest(@NotNull FinanceCheck financeCheck) {
	}

	record ReplyRequest(@NotBlank @Size(max = 8000) String text, @Size(max = 50) List<@NotBlank String> evidenceRefs) {
	}

	/**
	 * @param revisions consolidated leaf scores the answer revises, none to uphold
	 * @param financeCheck the revised finance check, absent to keep it
	 */
	record AnswerRequest(@NotBlank @Size(max = 8000) String text,
			@Size(max = 200) List<@NotNull @Valid RevisedLeafJson> revisions, FinanceCheck financeCheck) {
	}

	record RevisedLeafJson(@NotBlank @Size(max = 50) String leaf, @NotNull BigDecimal score,
			@NotBlank @Size(max = 4000) String reason) {
	}

	/**
	 * @param reference the notice's number or URL on that channel
	 */
	record PublicationRequest(@NotBlank @Size(max = 200) String channel, @NotBlank @Size(max = 2000) String reference) {
	}

}
