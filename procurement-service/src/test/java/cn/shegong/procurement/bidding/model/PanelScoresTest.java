package cn.shegong.procurement.bidding.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.shegong.platform.problem.ProblemException;

import static cn.shegong.procurement.bidding.model.ScoringSchemes.PROPOSAL;
import static cn.shegong.procurement.bidding.model.ScoringSchemes.TEAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class PanelScoresTest {

	private final ScoringScheme scheme = ScoringSchemes.thirtyPercentPrice();

	@Test
	void theQualityScoreSumsTheMembersMeanTimesEachCriterionsWeight() {
		// 服务方案: (80 + 85 + 90) / 3 = 85.00 → × 40% = 34.00
		// 团队配置: (70 + 75 + 76) / 3 = 73.666… → 73.67 → × 30% = 22.101 → 22.10
		PanelScores panel = PanelSheets.under(this.scheme)
			.score("b1", PROPOSAL, "80", "85", "90")
			.score("b1", TEAM, "70", "75", "76")
			.done();

		QualityScore quality = panel.qualityScoreOf("b1");

		assertThat(quality.criteria())
			.extracting(CriterionScore::criterion, CriterionScore::meanScore, CriterionScore::weighted)
			.containsExactly(tuple(PROPOSAL, new BigDecimal("85.00"), new BigDecimal("34.00")),
					tuple(TEAM, new BigDecimal("73.67"), new BigDecimal("22.10")));
		assertThat(quality.total()).isEqualTo(new BigDecimal("56.10"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "100" })
	void scoresAtTheEndsOfTheScaleAreAccepted(String score) {
		PanelScores panel = PanelSheets.under(this.scheme).scoreAllCriteria("b1", score).done();

		assertThat(panel.qualityScoreOf("b1").total())
			.isEqualByComparingTo(new BigDecimal(score).multiply(new BigDecimal("0.70")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "-0.01", "100.01" })
	void aScoreOutsideZeroToHundredIsRefused(String score) {
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> PanelSheets.under(this.scheme).score("b1", PROPOSAL, "80", score, "90").done())
			.satisfies(ex -> assertThat(ex.rule()).isEqualTo("panel-score-out-of-range"))
			.withMessageContaining("expert-2 gave bid b1 " + score + " on 服务方案");
	}

	@Test
	void aBidMissingAMembersScoreHasNoQualityScoreYet() {
		PanelScores panel = PanelSheets.under(this.scheme)
			.score("b1", PROPOSAL, "80", "85", "90")
			.score("b1", TEAM, "70", "75")
			.done();

		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> panel.qualityScoreOf("b1"))
			.satisfies(ex -> assertThat(ex.rule()).isEqualTo("panel-scores-incomplete"))
			.withMessageContaining("团队配置 from panel members [expert-3]");
	}

	@Test
	void aMemberScoringTheSameCriterionOfTheSameBidTwiceIsRefused() {
		PanelScore score = new PanelScore("expert-1", "b1", PROPOSAL, new BigDecimal("80"));

		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> PanelScores.of(this.scheme, Set.of("expert-1"), List.of(score, score)))
			.satisfies(ex -> assertThat(ex.rule()).isEqualTo("panel-score-given-twice"));
	}

	@Test
	void someoneOffThePanelCannotScore() {
		PanelScore score = new PanelScore("outsider", "b1", PROPOSAL, new BigDecimal("80"));

		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> PanelScores.of(this.scheme, Set.of("expert-1"), List.of(score)))
			.satisfies(ex -> assertThat(ex.rule()).isEqualTo("not-on-the-panel"));
	}

	@Test
	void aCriterionOutsideTheSchemeCannotBeScored() {
		PanelScore score = new PanelScore("expert-1", "b1", "价格", new BigDecimal("80"));

		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> PanelScores.of(this.scheme, Set.of("expert-1"), List.of(score)))
			.satisfies(ex -> assertThat(ex.rule()).isEqualTo("unknown-quality-criterion"));
	}

}
