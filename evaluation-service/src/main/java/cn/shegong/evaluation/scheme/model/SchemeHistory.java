package cn.shegong.evaluation.scheme.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.shegong.platform.problem.ProblemException;

/**
 * The published versions of one scheme. Publishing appends the next version and never
 * touches an earlier one, so an evaluation can always find the version it started with.
 *
 * @param schemeId the scheme
 * @param versions version 1, 2, … in order
 */
public record SchemeHistory(String schemeId, List<IndicatorScheme> versions) {

	public SchemeHistory {
		Objects.requireNonNull(schemeId, "schemeId");
		versions = List.copyOf(versions);
	}

	public static SchemeHistory empty(String schemeId) {
		return new SchemeHistory(schemeId, List.of());
	}

	/** The history with the draft published as the next version. */
	public SchemeHistory publish(SchemeDraft draft) {
		if (!draft.id().equals(this.schemeId)) {
			throw ProblemException.conflict("scheme-id-mismatch",
					"A draft of scheme " + draft.id() + " cannot be published as a version of " + this.schemeId + ".",
					draft.id(), this.schemeId);
		}
		List<IndicatorScheme> next = new ArrayList<>(this.versions);
		next.add(draft.publishAs(this.versions.size() + 1));
		return new SchemeHistory(this.schemeId, next);
	}

	public IndicatorScheme latest() {
		if (this.versions.isEmpty()) {
			throw versionNotFound(1);
		}
		return this.versions.get(this.versions.size() - 1);
	}

	public IndicatorScheme version(int version) {
		if (version < 1 || version > this.versions.size()) {
			throw versionNotFound(version);
		}
		return this.versions.get(version - 1);
	}

	private ProblemException versionNotFound(int version) {
		return ProblemException.notFound("scheme-version-not-found", "Scheme " + this.schemeId + " has no version "
				+ version + "; " + this.versions.size() + " are published.", this.schemeId, version);
	}

}
