package cn.shegong.evaluation.scheme.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.shegong.evaluation.scheme.model.AutomaticScoring;
import cn.shegong.evaluation.scheme.model.CompositeWeights;
import cn.shegong.evaluation.scheme.model.FigureMapping;
import cn.shegong.evaluation.scheme.model.GradeBands;
import cn.shegong.evaluation.scheme.model.Indicator;
import cn.shegong.evaluation.scheme.model.IndicatorGroup;
import cn.shegong.evaluation.scheme.model.IndicatorScheme;
import cn.shegong.evaluation.scheme.model.LeafIndicator;
import cn.shegong.evaluation.scheme.model.QualitativeSplit;
import cn.shegong.evaluation.scheme.model.ScoreRounding;
import cn.shegong.evaluation.scheme.model.ScorerRole;
import cn.shegong.evaluation.scheme.model.SchemeSettings;
import cn.shegong.evaluation.scheme.model.SpreadLimit;
import cn.shegong.evaluation.scheme.persistence.SchemeVersionDocument.Node;
import cn.shegong.evaluation.scheme.persistence.SchemeVersionDocument.RoleWeight;
import cn.shegong.evaluation.scheme.persistence.SchemeVersionDocument.Settings;

/** Between a published scheme and its stored form, both ways. */
final class SchemeDocuments {

	private SchemeDocuments() {
	}

	static SchemeVersionDocument of(IndicatorScheme scheme, Instant publishedAt) {
		return new SchemeVersionDocument(scheme.version(), scheme.name(), publishedAt, settingsOf(scheme.settings()),
				scheme.roots().stream().map(SchemeDocuments::nodeOf).toList());
	}

	static IndicatorScheme toScheme(String schemeId, SchemeVersionDocument stored) {
		return new IndicatorScheme(schemeId, stored.name(), stored.version(), toSettings(stored.settings()),
				stored.roots().stream().map(SchemeDocuments::toIndicator).toList());
	}

	private static Settings settingsOf(SchemeSettings settings) {
		List<RoleWeight> weights = new EnumMap<>(settings.composite().weights()).entrySet()
			.stream()
			.map((weight) -> new RoleWeight(weight.getKey(), weight.getValue().toPlainString()))
			.toList();
		return new Settings(settings.total().toPlainString(), settings.levels(),
				settings.split().qualitativeBasisPoints(), settings.split().toleranceBasisPoints(),
				settings.rounding().scale(), settings.rounding().mode(),
				settings.bands().excellentFrom().toPlainString(), settings.bands().goodFrom().toPlainString(),
				settings.bands().passFrom().toPlainString(), weights, settings.composite().outOf().toPlainString(),
				settings.spreadLimit().basisPointsOfLeafMax(), settings.financeVeto());
	}

	private static SchemeSettings toSettings(Settings stored) {
		Map<ScorerRole, BigDecimal> weights = new EnumMap<>(ScorerRole.class);
		stored.compositeWeights().forEach((weight) -> weights.put(weight.role(), new BigDecimal(weight.weight())));
		return new SchemeSettings(new BigDecimal(stored.total()), stored.levels(),
				new QualitativeSplit(stored.qualitativeBasisPoints(), stored.toleranceBasisPoints()),
				new ScoreRounding(stored.roundingScale(), stored.roundingMode()),
				new GradeBands(new BigDecimal(stored.excellentFrom()), new BigDecimal(stored.goodFrom()),
						new BigDecimal(stored.passFrom())),
				new CompositeWeights(weights, new BigDecimal(stored.compositeOutOf())),
				new SpreadLimit(stored.spreadLimitBasisPoints()), stored.financeVeto());
	}

	private static Node nodeOf(Indicator indicator) {
		if (indicator instanceof IndicatorGroup group) {
			return new Node(group.code(), group.name(), group.weight().toPlainString(),
					group.children().stream().map(SchemeDocuments::nodeOf).toList(), null, null, null, null, null,
					null);
		}
		LeafIndicator leaf = (LeafIndicator) indicator;
		Optional<AutomaticScoring> automatic = leaf.automatic();
		return new Node(leaf.code(), leaf.name(), leaf.weight().toPlainString(), null, leaf.type(), leaf.nature(),
				leaf.scorer(), automatic.map(AutomaticScoring::source).orElse(null),
				automatic.map((a) -> a.mapping().floorPercent().toPlainString()).orElse(null),
				automatic.map((a) -> a.mapping().targetPercent().toPlainString()).orElse(null));
	}

	private static Indicator toIndicator(Node node) {
		BigDecimal weight = new BigDecimal(node.weight());
		if (node.children() != null) {
			return new IndicatorGroup(node.code(), node.name(), weight,
					node.children().stream().map(SchemeDocuments::toIndicator).toList());
		}
		Optional<AutomaticScoring> automatic = Optional.ofNullable(node.source())
			.map((source) -> new AutomaticScoring(source,
					FigureMapping.linear(node.floorPercent(), node.targetPercent())));
		return new LeafIndicator(node.code(), node.name(), weight, node.type(), node.nature(), node.scorer(),
				automatic);
	}

}
