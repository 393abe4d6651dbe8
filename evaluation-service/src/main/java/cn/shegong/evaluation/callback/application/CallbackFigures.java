package cn.shegong.evaluation.callback.application;

import java.math.BigDecimal;
import java.time.Clock;

import org.springframework.stereotype.Component;

import cn.shegong.evaluation.evaluation.model.DataQuality;
import cn.shegong.evaluation.evaluation.model.Evaluation;
import cn.shegong.evaluation.figure.application.FigureRecording;

/**
 * The data quality an evaluation's callbacks give, written as the contract's latest
 * DATA_QUALITY figure under the callbacks' stored version: a figure of the same or a
 * later version stays as it is.
 */
@Component
class CallbackFigures {

	private final FigureRecording figures;

	private final Clock clock;

	CallbackFigures(FigureRecording figures, Clock clock) {
		this.figures = figures;
		this.clock = clock;
	}

	/** Nothing while nobody answered: silence gives no figure. */
	void record(Evaluation e, DataQuality quality, long callbacksVersion) {
		quality.figure().ifPresent((ratio) -> {
			BigDecimal percent = ratio.movePointRight(2).setScale(2);
			String basis = "%d of %d answered callbacks confirmed the records (%d contradicted, %d unreachable), evaluation %s"
				.formatted(quality.confirmed(), quality.confirmed() + quality.contradicted(), quality.contradicted(),
						quality.unreachable(), e.id());
			this.figures.callbacksChecked(e.subject().contractId(), e.subject().projectId(), e.id(), percent, basis,
					this.clock.instant(), callbacksVersion);
		});
	}

}
