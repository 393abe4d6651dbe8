package cn.shegong.talent.training.application;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.shegong.talent.certificate.model.CertificateLevel;
import cn.shegong.talent.training.model.AnnualTrainingRule;
import cn.shegong.talent.training.model.ContinuingEducationRule;

import static org.assertj.core.api.Assertions.assertThat;

class TrainingRulesPropertiesTest {

	@Test
	void unsetMinimumsKeepTheNationalAndContractDefaults() {
		TrainingRulesProperties unset = new TrainingRulesProperties(null, null);
		assertThat(unset.annualRule()).isEqualTo(AnnualTrainingRule.CONTRACT_DEFAULT);
		assertThat(unset.continuingEducationRule()).isEqualTo(ContinuingEducationRule.NATIONAL);
	}

	@Test
	void aCityOverridingOneLevelKeepsTheDefaultsOfTheOthers() {
		TrainingRulesProperties city = new TrainingRulesProperties(BigDecimal.valueOf(60),
				Map.of(CertificateLevel.ASSISTANT, BigDecimal.valueOf(80)));
		assertThat(city.annualRule().minimumHoursPerYear()).isEqualByComparingTo("60");
		assertThat(city.continuingEducationRule().minimumHoursPerCycle())
			.containsEntry(CertificateLevel.ASSISTANT, BigDecimal.valueOf(80))
			.containsEntry(CertificateLevel.SENIOR, BigDecimal.valueOf(90));
	}

}
