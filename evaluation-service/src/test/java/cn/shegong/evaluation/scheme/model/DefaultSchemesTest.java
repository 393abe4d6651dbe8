package cn.shegong.evaluation.scheme.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DefaultSchemesTest {

	private final IndicatorScheme township = Schemes.townshipStation();

	private BigDecimal weightOf(IndicatorNature nature) {
		return this.township.leaves()
			.stream()
			.filter(leaf -> leaf.nature() == nature)
			.map(LeafIndicator::weight)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	@Test
	void theTownshipStationSchemeIsPublishedAsVersionOneOfItsId() {
		assertThat(this.township.ref()).isEqualTo(new SchemeRef("township-station", 1));
		assertThat(this.township.settings()).isEqualTo(SchemeSettings.defaults());
	}

	@Test
	void itSplitsItsHundredPoints25QualitativeTo75Quantitative() {
		assertThat(weightOf(IndicatorNature.QUALITATIVE)).isEqualByComparingTo("25");
		assertThat(weightOf(IndicatorNature.QUANTITATIVE)).isEqualByComparingTo("75");
	}

	@Test
	void everyDataSourceFillsOneOfItsLeaves() {
		assertThat(this.township.leaves()).extracting(LeafIndicator::automatic)
			.filteredOn(Optional::isPresent)
			.extracting(automatic -> automatic.orElseThrow().source())
			.containsExactlyInAnyOrder(DataSource.values());
	}

	@Test
	void theQualitativeLeavesAreJudgedByTheThirdPartyAndTheBuyer() {
		assertThat(this.township.leaves()).filteredOn(leaf -> leaf.nature() == IndicatorNature.QUALITATIVE)
			.extracting(LeafIndicator::name)
			.contains("项目管理制度", "档案规范", "服务方案执行", "社区资源链接");
		assertThat(this.township.leaves()).filteredOn(leaf -> leaf.nature() == IndicatorNature.QUALITATIVE)
			.extracting(LeafIndicator::scorer)
			.containsOnly(ScorerRole.THIRD_PARTY, ScorerRole.BUYER);
	}

	@Test
	void satisfactionEarnsFullMarksFrom85Percent() {
		LeafIndicator satisfaction = this.township.leaf("3.1.1").orElseThrow();
		FigureMapping mapping = satisfaction.automatic().orElseThrow().mapping();

		assertThat(mapping.scoreFor(new BigDecimal("85"), satisfaction.max(), ScoreRounding.defaults()))
			.isEqualByComparingTo(satisfaction.max());
		assertThat(mapping.scoreFor(new BigDecimal("84.99"), satisfaction.max(), ScoreRounding.defaults()))
			.isLessThan(satisfaction.max());
	}

	@Test
	void fourCertifiedOfSixReachTheCertifiedRatioTarget() {
		LeafIndicator certified = this.township.leaf("1.1.2").orElseThrow();
		BigDecimal fourOfSix = BigDecimal.valueOf(400).divide(BigDecimal.valueOf(6), 4, RoundingMode.DOWN);

		assertThat(certified.automatic()
			.orElseThrow()
			.mapping()
			.scoreFor(fourOfSix, certified.max(), ScoreRounding.defaults())).isEqualByComparingTo(certified.max());
	}

	@Test
	void everyScoringRoleOfTheCompositeScoresSomeLeaves() {
		for (ScorerRole role : this.township.settings().composite().weights().keySet()) {
			assertThat(this.township.leavesScoredBy(role)).as(role.name()).isNotEmpty();
		}
	}

}
