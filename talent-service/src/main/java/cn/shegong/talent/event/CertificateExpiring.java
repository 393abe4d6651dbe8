package cn.shegong.talent.event;

import java.time.LocalDate;

import cn.shegong.talent.certificate.model.CertificateLevel;

/**
 * The data of {@code talent.CertificateExpiring} v1.
 *
 * @param daysAhead which notice this is: days between the notice and the last valid day
 * it announces (90 or 30 by default)
 */
public record CertificateExpiring(String workerId, String agencyId, String certificateId, CertificateLevel level,
		LocalDate lastValidDay, int daysAhead) {

}
