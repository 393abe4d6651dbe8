package cn.shegong.feedback.event;

import java.time.LocalDate;

/**
 * Feedback's own copy of the fields it reads from {@code procurement.ContractAwarded} v1
 * (schema in src/test/resources/consumed/): which agency now runs the project, for whom,
 * and when. Other fields are ignored.
 */
public record ContractAwarded(String contractId, String projectId, String agencyId, String regionCode,
		LocalDate termFrom, LocalDate termTo) {

}
