package cn.shegong.evaluation.callback.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

import cn.shegong.evaluation.callback.model.CallbackFile;
import cn.shegong.evaluation.callback.model.ServiceRecord;
import cn.shegong.evaluation.callback.model.ServiceRecords;
import cn.shegong.evaluation.callback.persistence.CallbackFiles;
import cn.shegong.evaluation.callback.persistence.CallbackFiles.Versioned;
import cn.shegong.evaluation.evaluation.application.EvaluationAccess;
import cn.shegong.evaluation.evaluation.application.EvaluationFlow;
import cn.shegong.evaluation.evaluation.application.EvaluationFlowProperties;
import cn.shegong.evaluation.evaluation.model.CallbackOutcome;
import cn.shegong.evaluation.evaluation.model.Evaluation;
import cn.shegong.evaluation.evaluation.model.EvaluationRules;
import cn.shegong.platform.problem.ProblemException;
import cn.shegong.platform.security.Caller;

/**
 * The anti-fraud callbacks of an evaluation: the agency reports its service records, the
 * panel or the buyer draws the sample once, the assigned evaluator records what each call
 * found, and the data quality that gives becomes the contract's latest DATA_QUALITY
 * figure, which fills the data-quality leaf.
 */
@Service
@EnableConfigurationProperties(CallbackProperties.class)
public class CallbackChecking {

	private final EvaluationFlow evaluations;

	private final CallbackFiles files;

	private final CallbackFigures figures;

	private final Clock clock;

	private final EvaluationRules rules;

	private final int maxRecords;

	private final SecureRandom seeds = new SecureRandom();

	CallbackChecking(EvaluationFlow evaluations, CallbackFiles files, CallbackFigures figures, Clock clock,
			CallbackProperties properties, EvaluationFlowProperties flow) {
		this.evaluations = evaluations;
		this.files = files;
		this.figures = figures;
		this.clock = clock;
		this.rules = properties.rules(flow);
		this.maxRecords = properties.maxRecords();
	}

	/** The agency replaces its service records, until the sample is drawn. */
	public CallbackFile reportRecords(Caller caller, String evaluationId, List<ServiceRecord> records) {
		Evaluation e = this.evaluations.read(caller, evaluationId).evaluation();
		if (!EvaluationAccess.isOwnAgency(caller, e)) {
			throw ProblemException.forbidden(
					"service-records-by-the-agency", "Only staff of agency " + e.subject().agencyId()
							+ " report the service records of evaluation " + evaluationId + ".",
					e.subject().agencyId(), evaluationId);
		}
		requireGradeOpen(e);
		Versioned v = this.files.findOrOpen(evaluationId);
		CallbackFile next = v.file().replaceRecords(ServiceRecords.reported(records, today(), this.maxRecords));
		this.files.save(next, v.version());
		return next;
	}

	/**
	 * Draws the sample with a seed from {@link SecureRandom}, recorded with it.
	 * @return the callbacks with what the caller may see of the sample
	 */
	public Shown draw(Caller caller, String evaluationId) {
		Evaluation e = this.evaluations.read(caller, evaluationId).evaluation();
		if (!EvaluationAccess.isAssignedEvaluator(caller, e) && !EvaluationAccess.mayManage(caller, e)) {
			throw ProblemException.forbidden("callback-sample-by-panel-or-buyer", "The callback sample of evaluation "
					+ evaluationId + " is drawn by an assigned evaluator, the buyer's officer or an admin.",
					evaluationId);
		}
		requireGradeOpen(e);
		Versioned v = this.files.findOrOpen(evaluationId);
		CallbackFile next = v.file()
			.drawSample(this.rules, this.seeds.nextLong(), caller.username(), this.clock.instant());
		this.files.save(next, v.version());
		return new Shown(next, sampleAccess(caller, e));
	}

	/**
	 * Records one callback's outcome and the data quality it gives as the contract's
	 * latest figure.
	 */
	public CallbackFile recordOutcome(Caller caller, String evaluationId, String beneficiaryId,
			CallbackOutcome.Result result, String note) {
		Evaluation e = this.evaluations.read(caller, evaluationId).evaluation();
		if (!EvaluationAccess.isAssignedEvaluator(caller, e)) {
			throw ProblemException.forbidden("callback-by-assigned-evaluator",
					"Only an evaluator assigned to evaluation " + evaluationId + " records its callbacks.",
					evaluationId);
		}
		requireGradeOpen(e);
		Versioned v = this.files.findOrOpen(evaluationId);
		CallbackFile next = v.file().recordOutcome(new CallbackOutcome(beneficiaryId, result, today(), note));
		long saved = this.files.save(next, v.version());
		// A second write: a stop before it leaves the figure behind until
		// CallbackFigureRepair runs.
		this.figures.record(e, next.dataQuality(this.rules), saved);
		return next;
	}

	public CallbackFile read(Caller caller, String evaluationId) {
		return show(caller, evaluationId).file();
	}

	/** The callbacks with what the caller may see of the sample. */
	public Shown show(Caller caller, String evaluationId) {
		Evaluation e = this.evaluations.read(caller, evaluationId).evaluation();
		return new Shown(this.files.findOrOpen(evaluationId).file(), sampleAccess(caller, e));
	}

	/**
	 * How much of the sample the caller sees: the evaluator who calls sees the numbers;
	 * the agency does not learn who will be called until the grade is final, or it could
	 * prepare them.
	 */
	private static SampleAccess sampleAccess(Caller caller, Evaluation e) {
		if (EvaluationAccess.isAssignedEvaluator(caller, e)) {
			return SampleAccess.PHONES_IN_CLEAR;
		}
		if (EvaluationAccess.isOwnAgency(caller, e) && !e.status().isGradeFinal()) {
			return SampleAccess.WITHHELD;
		}
		return SampleAccess.PHONES_MASKED;
	}

	public EvaluationRules rules() {
		return this.rules;
	}

	private static void requireGradeOpen(Evaluation e) {
		if (e.status().isGradeFinal()) {
			throw ProblemException
				.ruleViolated("scores-final",
						"The grade of evaluation " + e.id() + " is final (" + e.status()
								+ "); its callbacks cannot change. A correction is a re-evaluation.",
						e.id(), e.status());
		}
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** An evaluation's callbacks and how much of their sample the caller sees. */
	public record Shown(CallbackFile file, SampleAccess access) {
	}

}
