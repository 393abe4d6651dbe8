package cn.shegong.talent.tier.application;

import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.shegong.talent.appraisal.model.AppraisalGrade;
import cn.shegong.talent.appraisal.model.AppraisalPolicy;
import cn.shegong.talent.appraisal.model.AppraisalSource;
import cn.shegong.talent.appraisal.model.AppraisalScore;
import cn.shegong.talent.certificate.model.CertificateLevel;
import cn.shegong.talent.tier.application.TalentRulesProperties.GradeBandProperties;
import cn.shegong.talent.tier.application.TalentRulesProperties.TierRequirementProperties;
import cn.shegong.talent.tier.model.AllowanceSchedule;
import cn.shegong.talent.tier.model.Money;
import cn.shegong.talent.tier.model.Tier;
import cn.shegong.talent.tier.model.TierPolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

class TalentRulesPropertiesTest {

	@Test
	void aCityThatConfiguresNothingGetsThePublishedDefaults() {
		TalentRulesProperties nothing = new TalentRulesProperties(null, null, null, null);

		assertThat(nothing.tierPolicy()).isEqualTo(TierPolicy.defaults());
		assertThat(nothing.allowanceSchedule()).isEqualTo(AllowanceSchedule.defaults());
		assertThat(nothing.appraisalPolicy()).isEqualTo(AppraisalPolicy.defaults());
	}

	@Test
	void aCityChangesTheTiersAllowancesAndWeightsItNamesAndKeepsTheRest() {
		TalentRulesProperties city = new TalentRulesProperties(Map.of(Tier.FOUR, "800.00"),
				Map.of(Tier.TWO, new TierRequirementProperties(null, 1, AppraisalGrade.PASS)),
				Map.of(AppraisalSource.SELF, 0, AppraisalSource.CLIENTS, 4000, AppraisalSource.PEERS, 2000,
						AppraisalSource.SUPERVISOR, 4000),
				new GradeBandProperties("85", null, null));

		assertThat(city.allowanceSchedule().monthly().get(Tier.FOUR)).isEqualTo(Money.ofYuan(800));
		assertThat(city.allowanceSchedule().monthly().get(Tier.ONE)).isEqualTo(Money.ofYuan(300));
		assertThat(city.tierPolicy().requirements().get(Tier.TWO).minimumLevel()).isEmpty();
		assertThat(city.tierPolicy().requirements().get(Tier.THREE).minimumLevel())
			.contains(CertificateLevel.INTERMEDIATE);
		assertThat(city.appraisalPolicy().weights().basisPoints()).containsEntry(AppraisalSource.CLIENTS, 4000);
		assertThat(city.appraisalPolicy().bands().excellentFrom()).isEqualTo(AppraisalScore.of("85"));
		assertThat(city.appraisalPolicy().bands().passFrom()).isEqualTo(AppraisalScore.of("60"));
	}

	@Test
	void anAllowanceWithThreeDecimalsOrWeightsThatDoNotMakeAHundredPercentStopStartUp() {
		TalentRulesProperties fractions = new TalentRulesProperties(Map.of(Tier.ONE, "300.005"), null, null, null);
		TalentRulesProperties weights = new TalentRulesProperties(null, null, Map.of(AppraisalSource.SELF, 5000,
				AppraisalSource.CLIENTS, 1000, AppraisalSource.PEERS, 1000, AppraisalSource.SUPERVISOR, 1000), null);

		assertThatException().isThrownBy(fractions::allowanceSchedule);
		assertThatException().isThrownBy(weights::appraisalPolicy);
	}

}
