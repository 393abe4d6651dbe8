package cn.shegong.evaluation.scheme.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import cn.shegong.evaluation.scheme.model.CompositeWeights;
import cn.shegong.evaluation.scheme.model.DataSource;
import cn.shegong.evaluation.scheme.model.DefaultSchemes;
import cn.shegong.evaluation.scheme.model.Indicator;
import cn.shegong.evaluation.scheme.model.IndicatorGroup;
import cn.shegong.evaluation.scheme.model.IndicatorNature;
import cn.shegong.evaluation.scheme.model.IndicatorScheme;
import cn.shegong.evaluation.scheme.model.IndicatorType;
import cn.shegong.evaluation.scheme.model.LeafIndicator;
import cn.shegong.evaluation.scheme.model.SchemeDraft;
import cn.shegong.evaluation.scheme.model.SchemeSettings;
import cn.shegong.evaluation.scheme.model.ScoreRounding;
import cn.shegong.evaluation.scheme.model.ScorerRole;
import cn.shegong.evaluation.scheme.web.IndicatorJson.AutomaticJson;
import cn.shegong.evaluation.scheme.web.SettingsJson.BandsJson;
import cn.shegong.platform.problem.ProblemException;

import static cn.shegong.platform.test.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

class SchemeJsonTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void theTownshipStationSchemeReadsBackFromItsJsonUnchanged() {
		IndicatorScheme township = DefaultSchemes.townshipStation();

		IndicatorScheme back = new SchemeDraft(township.id(), township.name(),
				SchemeJson.toSettings(SchemeJson.settingsOf(township.settings())),
				SchemeJson.toIndicators(SchemeJson.indicatorsOf(township.roots())))
			.publishAs(1);

		assertThat(back).isEqualTo(township);
	}

	@Test
	void whatTheApiShowsCanBeSentBackAsItIs() {
		IndicatorScheme township = DefaultSchemes.townshipStation();
		String tree = JSON.writeValueAsString(SchemeJson.indicatorsOf(township.roots()));
		String settings = JSON.writeValueAsString(SchemeJson.settingsOf(township.settings()));

		List<IndicatorJson> treeBack = List.of(JSON.readValue(tree, IndicatorJson[].class));
		SettingsJson settingsBack = JSON.readValue(settings, SettingsJson.class);

		assertThat(SchemeJson.toIndicators(treeBack)).isEqualTo(township.roots());
		assertThat(SchemeJson.toSettings(settingsBack)).isEqualTo(township.settings());
		assertThat(tree).doesNotContain("null").contains("\"floorPercent\":50", "\"targetPercent\":66.66");
	}

	@Test
	void aNodeWithChildrenIsAGroupAndOneWithoutIsALeafWithItsDataSource() {
		IndicatorJson leaf = new IndicatorJson("1.1", "服务对象满意度", new BigDecimal("100"), null, IndicatorType.OUTCOME,
				IndicatorNature.QUANTITATIVE, ScorerRole.SERVICE_USERS,
				new AutomaticJson(DataSource.SATISFACTION_RATE, new BigDecimal("60"), new BigDecimal("85")));
		IndicatorJson group = new IndicatorJson("1", "服务成效", new BigDecimal("100"), List.of(leaf), null, null, null,
				null);

		Indicator indicator = SchemeJson.toIndicators(List.of(group)).get(0);

		assertThat(indicator).isInstanceOf(IndicatorGroup.class);
		LeafIndicator mapped = (LeafIndicator) ((IndicatorGroup) indicator).children().get(0);
		assertThat(mapped.scorer()).isEqualTo(ScorerRole.SERVICE_USERS);
		assertThat(mapped.automatic()).hasValueSatisfying((automatic) -> {
			assertThat(automatic.source()).isEqualTo(DataSource.SATISFACTION_RATE);
			assertThat(automatic.mapping().targetPercent()).isEqualByComparingTo("85");
		});
	}

	@Test
	void aLeafWithoutItsScorerIsRefusedNamingTheIndicator() {
		IndicatorJson leaf = new IndicatorJson("2.1.1", "服务方案执行", BigDecimal.TEN, null, IndicatorType.PROCESS,
				IndicatorNature.QUALITATIVE, null, null);

		ProblemException refusal = refusalOf(() -> SchemeJson.toIndicators(List.of(leaf)));

		assertThat(refusal.rule()).isEqualTo("leaf-indicator-incomplete");
		assertThat(refusal.arguments()).containsExactly("2.1.1");
	}

	@Test
	void aGroupCarryingLeafFieldsIsRefused() {
		IndicatorJson leaf = new IndicatorJson("1.1", "档案规范", BigDecimal.TEN, null, IndicatorType.STRUCTURAL,
				IndicatorNature.QUALITATIVE, ScorerRole.THIRD_PARTY, null);
		IndicatorJson group = new IndicatorJson("1", "制度建设", BigDecimal.TEN, List.of(leaf), IndicatorType.STRUCTURAL,
				null, null, null);

		assertThat(refusalOf(() -> SchemeJson.toIndicators(List.of(group))).rule())
			.isEqualTo("indicator-group-with-leaf-fields");
	}

	@Test
	void zhanjiangsTruncationAndGuangzhousPointsSurviveTheMapping() {
		SchemeSettings zhanjiang = SchemeSettings.defaults()
			.withRounding(new ScoreRounding(2, RoundingMode.DOWN))
			.withComposite(CompositeWeights.guangzhouPoints());

		SettingsJson json = SchemeJson.settingsOf(zhanjiang);

		assertThat(json.rounding().mode()).isEqualTo(RoundingMode.DOWN);
		assertThat(json.composite().weights()).containsEntry(ScorerRole.SUPERVISOR, BigDecimal.valueOf(100));
		assertThat(json.composite().outOf()).isEqualByComparingTo("1000");
		assertThat(SchemeJson.toSettings(json)).isEqualTo(zhanjiang);
	}

	@Test
	void settingsTheDomainRefusesAreRefusedByItsRuleWithTheNumbers() {
		SettingsJson defaults = SchemeJson.settingsOf(SchemeSettings.defaults());
		SettingsJson upsideDown = new SettingsJson(defaults.total(), defaults.levels(), defaults.split(),
				defaults.rounding(),
				new BandsJson(BigDecimal.valueOf(80), BigDecimal.valueOf(90), BigDecimal.valueOf(60)),
				defaults.composite(), defaults.spreadLimitBasisPoints(), defaults.financeVeto());
		SettingsJson notSumming = new SettingsJson(defaults.total(), defaults.levels(), defaults.split(),
				defaults.rounding(), defaults.bands(),
				new SettingsJson.CompositeJson(Map.of(ScorerRole.THIRD_PARTY, BigDecimal.valueOf(70)),
						BigDecimal.valueOf(100)),
				defaults.spreadLimitBasisPoints(), defaults.financeVeto());

		ProblemException bands = refusalOf(() -> SchemeJson.toSettings(upsideDown));
		ProblemException composite = refusalOf(() -> SchemeJson.toSettings(notSumming));

		assertThat(bands.rule()).isEqualTo("grade-bands-out-of-order");
		assertThat(bands.getMessage()).contains("60", "90", "80");
		assertThat(composite.rule()).isEqualTo("composite-weights-do-not-sum");
		assertThat(composite.arguments()).containsExactly(BigDecimal.valueOf(70), BigDecimal.valueOf(100));
	}

}
