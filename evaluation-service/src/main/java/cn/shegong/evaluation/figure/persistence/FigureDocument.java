package cn.shegong.evaluation.figure.persistence;

import java.math.BigDecimal;
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.shegong.evaluation.figure.model.Figure;
import cn.shegong.evaluation.figure.model.FigureSource;
import cn.shegong.evaluation.figure.model.MeasuredFigure;
import cn.shegong.evaluation.scheme.model.DataSource;

/**
 * One figure ever measured, keyed by the event that carried it and its data source.
 *
 * @param sequence for a figure rewritten as its source changes (an evaluation's
 * callbacks), the source's version it was computed from; {@code null} otherwise
 */
@Document(FigureDocument.COLLECTION)
record FigureDocument(@Id String id, String contractId, String projectId, DataSource dataSource, BigDecimal percent,
		String basis, String eventType, String eventId, Instant measuredAt, Long sequence) {

	static final String COLLECTION = "figures";

	static FigureDocument of(MeasuredFigure measured) {
		return of(measured, null);
	}

	static FigureDocument of(MeasuredFigure measured, Long sequence) {
		Figure figure = measured.figure();
		FigureSource source = figure.source();
		return new FigureDocument(source.eventId() + "/" + figure.dataSource(), measured.contractId(),
				measured.projectId(), figure.dataSource(), figure.percent(), figure.basis(), source.eventType(),
				source.eventId(), source.measuredAt(), sequence);
	}

	Figure toFigure() {
		return new Figure(this.dataSource, this.percent, this.basis,
				new FigureSource(this.eventType, this.eventId, this.measuredAt));
	}

}
