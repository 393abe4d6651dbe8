package cn.shegong.evaluation.figure.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.shegong.evaluation.contract.application.ContractAccess;
import cn.shegong.evaluation.contract.model.Contract;
import cn.shegong.evaluation.figure.application.LatestFigures;
import cn.shegong.evaluation.figure.model.Figure;
import cn.shegong.evaluation.scheme.model.DataSource;
import cn.shegong.platform.security.Caller;

/**
 * The latest figures that fill a contract's automatic indicators, each with the event it
 * came from, for those who may read the contract.
 */
@RestController
class FigureController {

	private final ContractAccess access;

	private final LatestFigures latest;

	FigureController(ContractAccess access, LatestFigures latest) {
		this.access = access;
		this.latest = latest;
	}

	@GetMapping("/api/evaluation/contracts/{contractId}/figures")
	@PreAuthorize("hasAnyRole('admin', 'evaluator', 'procurement-officer', 'supervisor', 'agency-staff')")
	ContractFigures figures(Caller caller, @PathVariable String contractId) {
		Contract contract = this.access.readable(caller, contractId);
		Map<DataSource, Figure> figures = this.latest.forContract(contract);
		return new ContractFigures(contract.contractId(), contract.projectId(),
				figures.values().stream().map(FigureView::of).toList(),
				LatestFigures.MEASURED.stream().filter((source) -> !figures.containsKey(source)).toList());
	}

	/**
	 * @param notYetMeasured data sources no figure has arrived for
	 */
	record ContractFigures(String contractId, String projectId, List<FigureView> figures,
			List<DataSource> notYetMeasured) {
	}

	record FigureView(DataSource dataSource, BigDecimal percent, String basis, String eventType, String eventId,
			Instant measuredAt) {

		static FigureView of(Figure figure) {
			return new FigureView(figure.dataSource(), figure.percent(), figure.basis(), figure.source().eventType(),
					figure.source().eventId(), figure.source().measuredAt());
		}

	}

}
