package cn.shegong.talent.event;

import java.time.LocalDate;

/**
 * The data of {@code talent.CertificateExpiring} v1.
 *
 * @param level ASSISTANT, INTERMEDIATE or SENIOR
 * @param daysAhead which notice this is: days between the notice and the last valid day
 * it announces (90 or 30 by default)
 */
public record CertificateExpiring(String workerId, String agencyId, String certificateId, String level,
		LocalDate lastValidDay, int daysAhead) {

}
