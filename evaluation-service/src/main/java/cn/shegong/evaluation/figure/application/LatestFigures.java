package cn.shegong.evaluation.figure.application;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import cn.shegong.evaluation.contract.application.ContractCopies;
import cn.shegong.evaluation.contract.model.Contract;
import cn.shegong.evaluation.figure.model.Figure;
import cn.shegong.evaluation.figure.persistence.Figures;
import cn.shegong.evaluation.scheme.model.DataSource;

/**
 * The latest figure of each data source other services feed, and of the data quality the
 * evaluation's callbacks measure, for a contract: what fills its automatic indicators.
 * Figures measured for the contract's project count as the contract's, through
 * evaluation's contract copy.
 */
@Service
public class LatestFigures {

	/**
	 * Every data source a figure is kept for: the ones other services feed and the data
	 * quality of evaluation's own callbacks.
	 */
	public static final List<DataSource> MEASURED = List.of(DataSource.SATISFACTION_RATE, DataSource.AWARENESS_RATE,
			DataSource.TICKET_ON_TIME_RATE, DataSource.STAFFING_COMPLIANCE, DataSource.CERTIFIED_RATIO,
			DataSource.SERVICE_VOLUME_VS_TARGET, DataSource.DATA_QUALITY);

	private final Figures figures;

	private final ContractCopies contracts;

	private final OwnFigureValidity ownFigures;

	LatestFigures(Figures figures, ContractCopies contracts, OwnFigureValidity ownFigures) {
		this.figures = figures;
		this.contracts = contracts;
		this.ownFigures = ownFigures;
	}

	/**
	 * The latest figure per data source, measured for the contract or its project; a data
	 * source nothing was measured for yet is absent from the map, and so is the data
	 * quality of an evaluation whose grade is final.
	 */
	public Map<DataSource, Figure> forContract(String contractId) {
		return forContract(contractId, this.contracts.find(contractId).map(Contract::projectId));
	}

	/** As {@link #forContract(String)}, for a contract the caller has read already. */
	public Map<DataSource, Figure> forContract(Contract contract) {
		return forContract(contract.contractId(), Optional.of(contract.projectId()));
	}

	private Map<DataSource, Figure> forContract(String contractId, Optional<String> projectId) {
		Map<DataSource, Figure> latest = new EnumMap<>(DataSource.class);
		for (DataSource source : MEASURED) {
			this.figures.latest(contractId, projectId, source)
				.filter((figure) -> source != DataSource.DATA_QUALITY || this.ownFigures.stillApplies(figure))
				.ifPresent((figure) -> latest.put(source, figure));
		}
		return latest;
	}

}
