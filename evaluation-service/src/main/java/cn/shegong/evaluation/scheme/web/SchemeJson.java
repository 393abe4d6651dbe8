package cn.shegong.evaluation.scheme.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Optional;

import cn.shegong.evaluation.scheme.model.AutomaticScoring;
import cn.shegong.evaluation.scheme.model.CompositeWeights;
import cn.shegong.evaluation.scheme.model.FigureMapping;
import cn.shegong.evaluation.scheme.model.GradeBands;
import cn.shegong.evaluation.scheme.model.Indicator;
import cn.shegong.evaluation.scheme.model.IndicatorGroup;
import cn.shegong.evaluation.scheme.model.LeafIndicator;
import cn.shegong.evaluation.scheme.model.QualitativeSplit;
import cn.shegong.evaluation.scheme.model.SchemeSettings;
import cn.shegong.evaluation.scheme.model.ScoreRounding;
import cn.shegong.evaluation.scheme.model.SpreadLimit;
import cn.shegong.evaluation.scheme.web.IndicatorJson.AutomaticJson;
import cn.shegong.evaluation.scheme.web.SettingsJson.BandsJson;
import cn.shegong.evaluation.scheme.web.SettingsJson.CompositeJson;
import cn.shegong.evaluation.scheme.web.SettingsJson.RoundingJson;
import cn.shegong.evaluation.scheme.web.SettingsJson.SplitJson;
import cn.shegong.platform.problem.ProblemException;

/**
 * Between the API's JSON and the scheme domain, both ways. Building the domain types
 * applies their rules, so a nonsensical value is refused here by name before anything is
 * stored.
 */
final class SchemeJson {

	private SchemeJson() {
	}

	static SettingsJson settingsOf(SchemeSettings settings) {
		return new SettingsJson(settings.total(), settings.levels(),
				new SplitJson(settings.split().qualitativeBasisPoints(), settings.split().toleranceBasisPoints()),
				new RoundingJson(settings.rounding().scale(), settings.rounding().mode()),
				new BandsJson(settings.bands().excellentFrom(), settings.bands().goodFrom(),
						settings.bands().passFrom()),
				new CompositeJson(new EnumMap<>(settings.composite().weights()), settings.composite().outOf()),
				settings.spreadLimit().basisPointsOfLeafMax(), settings.financeVeto());
	}

	static SchemeSettings toSettings(SettingsJson json) {
		return new SchemeSettings(json.total(), json.levels(),
				new QualitativeSplit(json.split().qualitativeBasisPoints(), json.split().toleranceBasisPoints()),
				new ScoreRounding(json.rounding().scale(), json.rounding().mode()),
				new GradeBands(json.bands().excellentFrom(), json.bands().goodFrom(), json.bands().passFrom()),
				new CompositeWeights(json.composite().weights(), json.composite().outOf()),
				new SpreadLimit(json.spreadLimitBasisPoints()), json.financeVeto());
	}

	static List<IndicatorJson> indicatorsOf(List<Indicator> indicators) {
		return indicators.stream().map(SchemeJson::indicatorOf).toList();
	}

	static List<Indicator> toIndicators(List<IndicatorJson> indicators) {
		return indicators.stream().map(SchemeJson::toIndicator).toList();
	}

	private static IndicatorJson indicatorOf(Indicator indicator) {
		if (indicator instanceof IndicatorGroup group) {
			return new IndicatorJson(group.code(), group.name(), group.weight(), indicatorsOf(group.children()), null,
					null, null, null);
		}
		LeafIndicator leaf = (LeafIndicator) indicator;
		AutomaticJson automatic = leaf.automatic()
			.map((a) -> new AutomaticJson(a.source(), a.mapping().floorPercent(), a.mapping().targetPercent()))
			.orElse(null);
		return new IndicatorJson(leaf.code(), leaf.name(), leaf.weight(), null, leaf.type(), leaf.nature(),
				leaf.scorer(), automatic);
	}

	private static Indicator toIndicator(IndicatorJson json) {
		boolean hasLeafFields = json.type() != null || json.nature() != null || json.scorer() != null
				|| json.automatic() != null;
		if (json.children() != null) {
			if (hasLeafFields) {
				throw ProblemException.ruleViolated("indicator-group-with-leaf-fields", "Indicator " + json.code()
						+ " has children, so it is a group; a group has no type, nature, scorer or data source.",
						json.code());
			}
			return new IndicatorGroup(json.code(), json.name(), json.weight(), toIndicators(json.children()));
		}
		if (json.type() == null || json.nature() == null || json.scorer() == null) {
			throw ProblemException.ruleViolated("leaf-indicator-incomplete",
					"Indicator " + json.code()
							+ " has no children, so it is a leaf; a leaf needs its type, nature and scorer.",
					json.code());
		}
		Optional<AutomaticScoring> automatic = Optional.ofNullable(json.automatic())
			.map((a) -> new AutomaticScoring(a.source(), new FigureMapping(a.floorPercent(), a.targetPercent())));
		return new LeafIndicator(json.code(), json.name(), json.weight(), json.type(), json.nature(), json.scorer(),
				automatic);
	}

}
