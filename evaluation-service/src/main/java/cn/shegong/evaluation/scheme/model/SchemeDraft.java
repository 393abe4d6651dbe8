package cn.shegong.evaluation.scheme.model;

import java.util.List;
import java.util.Objects;

/**
 * An indicator system being written: not yet checked, not yet usable by an evaluation.
 *
 * @param id the scheme it will be a version of
 * @param name its Chinese name
 * @param settings what the city configures
 * @param roots the level-1 indicators
 */
public record SchemeDraft(String id, String name, SchemeSettings settings, List<Indicator> roots) {

	public SchemeDraft {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(settings, "settings");
		roots = List.copyOf(roots);
	}

	/** Validates the draft and fixes it as the given version. */
	public IndicatorScheme publishAs(int version) {
		return new IndicatorScheme(this.id, this.name, version, this.settings, this.roots);
	}

}
