package cn.shegong.talent.training.application;

import java.math.BigDecimal;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

import cn.shegong.talent.certificate.model.CertificateLevel;
import cn.shegong.talent.training.model.AnnualTrainingRule;
import cn.shegong.talent.training.model.ContinuingEducationRule;

/**
 * {@code shegong.talent.training}: the contract's annual minimum and the
 * continuing-education minimum per registration cycle by level; unset values keep the
 * defaults.
 */
@ConfigurationProperties("shegong.talent.training")
public record TrainingRulesProperties(BigDecimal annualMinimumHours,
		Map<CertificateLevel, BigDecimal> continuingEducationHours) {

	AnnualTrainingRule annualRule() {
		return (this.annualMinimumHours != null) ? new AnnualTrainingRule(this.annualMinimumHours)
				: AnnualTrainingRule.CONTRACT_DEFAULT;
	}

	ContinuingEducationRule continuingEducationRule() {
		if (this.continuingEducationHours == null || this.continuingEducationHours.isEmpty()) {
			return ContinuingEducationRule.NATIONAL;
		}
		Map<CertificateLevel, BigDecimal> hours = new java.util.EnumMap<>(
				ContinuingEducationRule.NATIONAL.minimumHoursPerCycle());
		hours.putAll(this.continuingEducationHours);
		return new ContinuingEducationRule(hours);
	}

}
