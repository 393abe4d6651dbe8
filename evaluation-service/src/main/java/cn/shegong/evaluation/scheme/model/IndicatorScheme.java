package cn.shegong.evaluation.scheme.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import cn.shegong.platform.problem.ProblemException;

/**
 * A published version of an indicator system (指标体系). Immutable: a change is a new
 * version, and an evaluation keeps the {@link SchemeRef} it started with. Constructing
 * one validates the whole tree against its settings.
 *
 * @param id stable across versions
 * @param name its Chinese name
 * @param version 1, 2, … in publication order
 * @param settings what the city configured
 * @param roots the level-1 indicators
 */
public record IndicatorScheme(String id, String name, int version, SchemeSettings settings, List<Indicator> roots) {

	public IndicatorScheme {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(settings, "settings");
		roots = List.copyOf(roots);
		if (version < 1) {
			throw ProblemException.ruleViolated("scheme-version-not-positive",
					"Scheme " + id + " versions start at 1; was " + version + ".", id, version);
		}
		SchemeValidation.check(settings, roots, leavesOf(roots));
	}

	public SchemeRef ref() {
		return new SchemeRef(this.id, this.version);
	}

	/** The leaves in tree order. */
	public List<LeafIndicator> leaves() {
		return leavesOf(this.roots);
	}

	public List<LeafIndicator> leavesScoredBy(ScorerRole role) {
		return leaves().stream().filter(leaf -> leaf.scorer() == role).toList();
	}

	public Optional<LeafIndicator> leaf(String code) {
		return leaves().stream().filter(leaf -> leaf.code().equals(code)).findFirst();
	}

	private static List<LeafIndicator> leavesOf(List<Indicator> indicators) {
		List<LeafIndicator> leaves = new ArrayList<>();
		for (Indicator indicator : indicators) {
			if (indicator instanceof IndicatorGroup group) {
				leaves.addAll(leavesOf(group.children()));
			}
			else {
				leaves.add((LeafIndicator) indicator);
			}
		}
		return leaves;
	}

}
