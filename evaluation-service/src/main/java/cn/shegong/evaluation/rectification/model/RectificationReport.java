package cn.shegong.evaluation.rectification.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The agency's rectification report (整改报告).
 *
 * @param late whether it came after the deadline; a late report is still taken
 */
public record RectificationReport(String text, List<String> evidenceRefs, String submittedBy, LocalDate submittedOn,
		boolean late) {

	public RectificationReport {
		evidenceRefs = (evidenceRefs != null) ? List.copyOf(evidenceRefs) : List.of();
	}

}
