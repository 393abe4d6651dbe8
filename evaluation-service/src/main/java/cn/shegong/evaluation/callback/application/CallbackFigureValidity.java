package cn.shegong.evaluation.callback.application;

import org.springframework.stereotype.Component;

import cn.shegong.evaluation.evaluation.persistence.Evaluations;
import cn.shegong.evaluation.figure.application.OwnFigureValidity;
import cn.shegong.evaluation.figure.model.Figure;
import cn.shegong.evaluation.figure.model.FigureSource;

/**
 * A callback figure applies while the evaluation whose callbacks measured it is still
 * open: the next evaluation of the contract draws and calls its own sample.
 */
@Component
class CallbackFigureValidity implements OwnFigureValidity {

	private final Evaluations evaluations;

	CallbackFigureValidity(Evaluations evaluations) {
		this.evaluations = evaluations;
	}

	@Override
	public boolean stillApplies(Figure figure) {
		if (!FigureSource.CALLBACKS.equals(figure.source().eventType())) {
			return true;
		}
		return this.evaluations.find(figure.source().eventId())
			.map((v) -> !v.file().evaluation().status().isGradeFinal())
			.orElse(false);
	}

}
