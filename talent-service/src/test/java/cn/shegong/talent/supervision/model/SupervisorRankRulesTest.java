package cn.shegong.talent.supervision.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.shegong.talent.certificate.model.Certificate;
import cn.shegong.talent.certificate.model.CertificateLevel;
import cn.shegong.talent.certificate.model.Certification;
import cn.shegong.talent.certificate.model.RegistrationPolicy;
import cn.shegong.talent.tier.model.SupervisorRank;

import static cn.shegong.platform.test.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class SupervisorRankRulesTest {

	/** Registered 2022-03-01, so valid through 2025-02-28 unless renewed. */
	private static final Certificate INTERMEDIATE_CERTIFICATE = Certificate.record("c-1", "worker-1",
			CertificateLevel.INTERMEDIATE, "Z-1", 2021, LocalDate.of(2022, 3, 1), RegistrationPolicy.NATIONAL,
			LocalDate.of(2022, 3, 1));

	@Test
	void aRegistrationValidThroughTheEffectiveDayCounts() {
		LocalDate lastValidDay = LocalDate.of(2025, 2, 28);

		assertThatNoException().isThrownBy(() -> rankOf(SupervisorRank.ASSISTANT_SUPERVISOR)
			.checkMetBy(candidateOn(lastValidDay), SupervisorRank.ASSISTANT_SUPERVISOR));
	}

	@Test
	void aRegistrationThatExpiredTheDayBeforeTheEffectiveDayDoesNotCount() {
		LocalDate dayAfterLastValidDay = LocalDate.of(2025, 3, 1);

		assertThat(refusalOf(() -> rankOf(SupervisorRank.ASSISTANT_SUPERVISOR)
			.checkMetBy(candidateOn(dayAfterLastValidDay), SupervisorRank.ASSISTANT_SUPERVISOR)).rule())
			.isEqualTo("supervisor-rank-certificate-level-too-low");
	}

	@Test
	void theDefaultsClimbInLevelYearsAndTimeInRank() {
		SupervisorRankRules rules = SupervisorRankRules.defaults();

		assertThat(SupervisorRank.values()).extracting((rank) -> rules.requirementOf(rank).minimumYearsOfService())
			.containsExactly(3, 4, 5, 7, 10);
		assertThat(rules.requirementOf(SupervisorRank.INTERMEDIATE_SUPERVISOR).minimumLevel())
			.isEqualTo(CertificateLevel.INTERMEDIATE);
		assertThat(rules.requirementOf(SupervisorRank.SENIOR_SUPERVISOR).minimumLevel())
			.isEqualTo(CertificateLevel.SENIOR);
		assertThat(rules.requirementOf(SupervisorRank.TRAINEE_SUPERVISOR).minimumTimeInPreviousRank())
			.isEqualTo(Period.ofYears(1));
	}

	@Test
	void aHigherRankAskingALowerCertificateIsRefused() {
		Map<SupervisorRank, RankRequirement> table = defaultTable();
		table.put(SupervisorRank.SENIOR_SUPERVISOR,
				new RankRequirement(CertificateLevel.ASSISTANT, 10, Period.ofYears(2)));

		assertThatIllegalArgumentException().isThrownBy(() -> new SupervisorRankRules(table));
	}

	@Test
	void theFirstRankCannotAskForTimeInAPreviousRank() {
		Map<SupervisorRank, RankRequirement> table = defaultTable();
		table.put(SupervisorRank.ASSISTANT_SUPERVISOR,
				new RankRequirement(CertificateLevel.INTERMEDIATE, 3, Period.ofYears(1)));

		assertThatIllegalArgumentException().isThrownBy(() -> new SupervisorRankRules(table));
	}

	@Test
	void everyRankNeedsARequirement() {
		Map<SupervisorRank, RankRequirement> table = defaultTable();
		table.remove(SupervisorRank.JUNIOR_SUPERVISOR);

		assertThatIllegalArgumentException().isThrownBy(() -> new SupervisorRankRules(table));
	}

	@Test
	void aRequirementCannotAskForNegativeYearsOrTime() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RankRequirement(CertificateLevel.INTERMEDIATE, -1, Period.ZERO));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RankRequirement(CertificateLevel.INTERMEDIATE, 3, Period.ofMonths(-1)));
	}

	private static SupervisorCandidate candidateOn(LocalDate day) {
		return new SupervisorCandidate(day,
				Certification.of(List.of(INTERMEDIATE_CERTIFICATE), day).map(Certification::level), 5);
	}

	private static RankRequirement rankOf(SupervisorRank rank) {
		return SupervisorRankRules.defaults().requirementOf(rank);
	}

	private static Map<SupervisorRank, RankRequirement> defaultTable() {
		return new EnumMap<>(SupervisorRankRules.defaults().requirements());
	}

}
