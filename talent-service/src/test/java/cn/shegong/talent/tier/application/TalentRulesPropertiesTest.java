package cn.shegong.talent.tier.application;

import java.time.Period;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import cn.shegong.talent.appraisal.model.AppraisalGrade;
import cn.shegong.talent.appraisal.model.AppraisalPolicy;
import cn.shegong.talent.appraisal.model.AppraisalSource;
import cn.shegong.talent.appraisal.model.AppraisalScore;
import cn.shegong.talent.certificate.model.CertificateLevel;
import cn.shegong.talent.tier.application.TalentRulesProperties.GradeBandProperties;
import cn.shegong.talent.tier.application.TalentRulesProperties.TierRequirementProperties;
import cn.shegong.talent.supervision.model.SupervisorRankRules;
import cn.shegong.talent.tier.application.TalentRulesProperties.SupervisorRankProperties;
import cn.shegong.talent.tier.model.AllowanceSchedule;
import cn.shegong.talent.tier.model.SupervisorRank;
import cn.shegong.talent.tier.model.Money;
import cn.shegong.talent.tier.model.Tier;
import cn.shegong.talent.tier.model.TierPolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

class TalentRulesPropertiesTest {

	@Test
	void aCityThatConfiguresNothingGetsThePublishedDefaults() {
		TalentRulesProperties nothing = new TalentRulesProperties(null, null, null, null, null);

		assertThat(nothing.tierPolicy()).isEqualTo(TierPolicy.defaults());
		assertThat(nothing.allowanceSchedule()).isEqualTo(AllowanceSchedule.defaults());
		assertThat(nothing.appraisalPolicy()).isEqualTo(AppraisalPolicy.defaults());
		assertThat(nothing.supervisorRankRules()).isEqualTo(SupervisorRankRules.defaults());
	}

	@Test
	void aCityChangesTheTiersAllowancesAndWeightsItNamesAndKeepsTheRest() {
		TalentRulesProperties city = new TalentRulesProperties(Map.of(Tier.FOUR, "800.00"),
				Map.of(Tier.TWO, new TierRequirementProperties(null, 1, AppraisalGrade.PASS)),
				Map.of(AppraisalSource.SELF, 0, AppraisalSource.CLIENTS, 4000, AppraisalSource.PEERS, 2000,
						AppraisalSource.SUPERVISOR, 4000),
				new GradeBandProperties("85", null, null), null);

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
		TalentRulesProperties fractions = new TalentRulesProperties(Map.of(Tier.ONE, "300.005"), null, null, null,
				null);
		TalentRulesProperties weights = new TalentRulesProperties(null, null, Map.of(AppraisalSource.SELF, 5000,
				AppraisalSource.CLIENTS, 1000, AppraisalSource.PEERS, 1000, AppraisalSource.SUPERVISOR, 1000), null,
				null);

		assertThatException().isThrownBy(fractions::allowanceSchedule);
		assertThatException().isThrownBy(weights::appraisalPolicy);
	}

	@Test
	void aCityChangesOneConditionOfASupervisorRankAndKeepsTheOthers() {
		TalentRulesProperties city = new TalentRulesProperties(null, null, null, null, Map
			.of(SupervisorRank.TRAINEE_SUPERVISOR, new SupervisorRankProperties(null, null, Period.ofMonths(18))));

		SupervisorRankRules rules = city.supervisorRankRules();

		assertThat(rules.requirementOf(SupervisorRank.TRAINEE_SUPERVISOR).minimumTimeInPreviousRank())
			.isEqualTo(Period.ofMonths(18));
		assertThat(rules.requirementOf(SupervisorRank.TRAINEE_SUPERVISOR).minimumYearsOfService()).isEqualTo(4);
		assertThat(rules.requirementOf(SupervisorRank.TRAINEE_SUPERVISOR).minimumLevel())
			.isEqualTo(CertificateLevel.INTERMEDIATE);
		assertThat(rules.requirementOf(SupervisorRank.SENIOR_SUPERVISOR))
			.isEqualTo(SupervisorRankRules.defaults().requirementOf(SupervisorRank.SENIOR_SUPERVISOR));
	}

	@Test
	void aSupervisorRankTableWhereAHigherRankAsksFewerYearsStopsStartUp() {
		TalentRulesProperties city = new TalentRulesProperties(null, null, null, null,
				Map.of(SupervisorRank.JUNIOR_SUPERVISOR, new SupervisorRankProperties(null, 12, null)));

		assertThatException().isThrownBy(city::supervisorRankRules);
	}

	@Test
	void supervisorRankConditionsBindFromTheirConfigurationKeys() {
		Binder binder = new Binder(new MapConfigurationPropertySource(
				Map.of("shegong.talent.rules.supervisor-ranks.JUNIOR_SUPERVISOR.minimum-time-in-previous-rank", "P18M",
						"shegong.talent.rules.supervisor-ranks.JUNIOR_SUPERVISOR.minimum-years-of-service", "6")));

		SupervisorRankRules rules = binder.bind("shegong.talent.rules", TalentRulesProperties.class)
			.get()
			.supervisorRankRules();

		assertThat(rules.requirementOf(SupervisorRank.JUNIOR_SUPERVISOR).minimumTimeInPreviousRank())
			.isEqualTo(Period.ofMonths(18));
		assertThat(rules.requirementOf(SupervisorRank.JUNIOR_SUPERVISOR).minimumYearsOfService()).isEqualTo(6);
	}

}
