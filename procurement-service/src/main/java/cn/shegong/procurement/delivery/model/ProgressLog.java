package cn.shegong.procurement.delivery.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.procurement.project.model.ContractTerm;

/**
 * The progress reports of one contract. One aggregate per contract, so that two reports
 * for overlapping periods cannot both be accepted: the second is checked against the
 * first, or its write is refused as stale.
 */
public final class ProgressLog {

	private final String contractId;

	private final List<ProgressReport> reports;

	public ProgressLog(String contractId, List<ProgressReport> reports) {
		this.contractId = Objects.requireNonNull(contractId, "contractId");
		this.reports = new ArrayList<>(reports);
	}

	public static ProgressLog empty(String contractId) {
		return new ProgressLog(contractId, List.of());
	}

	/**
	 * Accepts a report of the contracted agency for a period inside the contract's term
	 * that overlaps no earlier report.
	 */
	public ProgressReported report(ProgressReport report, ContractTerm term, String agencyId) {
		ReportingPeriod period = report.period();
		if (!period.isWithin(term)) {
			throw ProblemException.ruleViolated("period-outside-term",
					"a report for %s lies outside the contract term %s…%s".formatted(period, term.from(), term.to()),
					period.from(), period.to(), term.from(), term.to());
		}
		this.reports.stream()
			.filter((earlier) -> earlier.period().overlaps(period))
			.findFirst()
			.ifPresent((earlier) -> {
				throw ProblemException
					.conflict(
							"period-overlaps-report", "the period %s overlaps report %s for %s".formatted(period,
									earlier.reportId(), earlier.period()),
							period.from(), period.to(), earlier.reportId());
			});
		this.reports.add(report);
		return report.reportedEvent(this.contractId, agencyId);
	}

	public String contractId() {
		return this.contractId;
	}

	/** The reports, earliest period first. */
	public List<ProgressReport> reports() {
		return this.reports.stream().sorted(Comparator.comparing((ProgressReport r) -> r.period().from())).toList();
	}

}
