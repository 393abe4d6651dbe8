package cn.shegong.evaluation.callback.application;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import cn.shegong.evaluation.callback.persistence.CallbackFiles;
import cn.shegong.evaluation.callback.persistence.CallbackFiles.Called;
import cn.shegong.evaluation.evaluation.application.EvaluationFlowProperties;
import cn.shegong.evaluation.evaluation.model.Evaluation;
import cn.shegong.evaluation.evaluation.model.EvaluationRules;
import cn.shegong.evaluation.evaluation.persistence.Evaluations;

/**
 * Makes good the second write of {@link CallbackChecking#recordOutcome}: the callbacks
 * are stored first and the figure they give after, so a stop in between leaves the figure
 * one outcome behind, and after the last outcome nothing else would write it again. A
 * pass writes the figure of every evaluation whose grade is still open from its stored
 * outcomes; a figure of the same or a later version stays, so a pass with nothing lost
 * changes nothing and several instances may run it at once. It does not depend on the
 * evaluation flow, so the flow calls {@link #repair(Evaluation)} before consolidation
 * reads the figures.
 */
@Service
public class CallbackFigureRepair {

	private static final Logger log = LoggerFactory.getLogger(CallbackFigureRepair.class);

	private final CallbackFiles files;

	private final Evaluations evaluations;

	private final CallbackFigures figures;

	private final EvaluationRules rules;

	CallbackFigureRepair(CallbackFiles files, Evaluations evaluations, CallbackFigures figures,
			CallbackProperties properties, EvaluationFlowProperties flow) {
		this.files = files;
		this.evaluations = evaluations;
		this.figures = figures;
		this.rules = properties.rules(flow);
	}

	/**
	 * One pass over every evaluation with a callback made; one that fails is logged and
	 * left to the next pass.
	 * @return how many evaluations with open grades had their figure written again or
	 * found current
	 */
	public int repairAll() {
		Map<String, Called> called = this.files.called()
			.stream()
			.collect(Collectors.toMap(Called::evaluationId, Function.identity()));
		int repaired = 0;
		for (Evaluation e : this.evaluations.gradeOpenAmong(called.keySet())) {
			try {
				write(e, called.get(e.id()));
				repaired++;
			}
			catch (RuntimeException ex) {
				log.warn("Writing the callback figure of evaluation {} again failed; the next pass tries again", e.id(),
						ex);
			}
		}
		return repaired;
	}

	/**
	 * The figure of one evaluation's callbacks written again from its stored outcomes:
	 * one read by id without the records, and a write that changes nothing when the
	 * figure is current.
	 */
	public void repair(Evaluation e) {
		if (!e.status().isGradeFinal()) {
			this.files.called(e.id()).ifPresent((called) -> write(e, called));
		}
	}

	private void write(Evaluation e, Called called) {
		this.figures.record(e, called.checks().dataQuality(this.rules), called.version());
	}

}
