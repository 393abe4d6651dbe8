package cn.shegong.talent.training.model;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

import cn.shegong.talent.certificate.model.CertificateLevel;
import cn.shegong.talent.certificate.model.Certification;

/**
 * The national continuing-education minimum (继续教育): hours per registration cycle by
 * level, 72 for assistants and 90 for intermediate and senior social workers. Measured
 * over the registration the worker is certified by, so it only applies to certified
 * workers.
 */
public record ContinuingEducationRule(Map<CertificateLevel, BigDecimal> minimumHoursPerCycle) {

	public static final ContinuingEducationRule NATIONAL = new ContinuingEducationRule(
			Map.of(CertificateLevel.ASSISTANT, BigDecimal.valueOf(72), CertificateLevel.INTERMEDIATE,
					BigDecimal.valueOf(90), CertificateLevel.SENIOR, BigDecimal.valueOf(90)));

	public ContinuingEducationRule {
		Map<CertificateLevel, BigDecimal> complete = new EnumMap<>(CertificateLevel.class);
		complete.putAll(minimumHoursPerCycle);
		if (complete.size() != CertificateLevel.values().length) {
			throw new IllegalArgumentException("a continuing-education minimum is needed for every level");
		}
		minimumHoursPerCycle = Map.copyOf(complete);
	}

	public HoursCheck check(Certification certification, Collection<TrainingRecord> records) {
		return HoursCheck.over(certification.registration().from(), certification.registration().validThrough(),
				this.minimumHoursPerCycle.get(certification.level()), records);
	}

}
