package cn.shegong.evaluation.scheme.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import cn.shegong.evaluation.scheme.model.IndicatorScheme;
import cn.shegong.evaluation.scheme.model.SchemeDraft;
import cn.shegong.evaluation.scheme.model.SchemeHistory;
import cn.shegong.evaluation.scheme.persistence.PublishedSchemes;
import cn.shegong.evaluation.scheme.persistence.StoredScheme;
import cn.shegong.platform.problem.ProblemException;

/**
 * The published indicator schemes: read any version, publish the next one. Publishing
 * validates the whole draft (the domain refuses it by rule) and never changes an earlier
 * version, so an evaluation always finds the version it started with.
 */
@Service
public class SchemeCatalog {

	private static final int SCHEME_ID_LENGTH = 60;

	/** Ids go into paths and problem details, so they stay plain. */
	private static final Pattern SCHEME_ID = Pattern
		.compile("(?=.{1," + SCHEME_ID_LENGTH + "}$)[a-z0-9]+(-[a-z0-9]+)*");

	private final PublishedSchemes schemes;

	private final Clock clock;

	SchemeCatalog(PublishedSchemes schemes, Clock clock) {
		this.schemes = schemes;
		this.clock = clock;
	}

	public List<StoredScheme> all() {
		return this.schemes.all();
	}

	public StoredScheme scheme(String schemeId) {
		return this.schemes.find(schemeId)
			.orElseThrow(() -> ProblemException.notFound("scheme-not-found", "No scheme " + schemeId + " is published.",
					schemeId));
	}

	public IndicatorScheme version(String schemeId, int version) {
		return scheme(schemeId).history().version(version);
	}

	/** Publishes the draft as the next version of its scheme, 1 for a new scheme. */
	public StoredScheme publish(SchemeDraft draft) {
		return publish(draft, OptionalInt.empty());
	}

	/**
	 * Publishes the draft as the next version, provided the latest version is still the
	 * one the draft was edited from ({@code 0} for a scheme not published yet).
	 * @throws OptimisticLockingFailureException (409 stale-version) when another version
	 * was published since
	 */
	public StoredScheme publish(SchemeDraft draft, OptionalInt editedFromVersion) {
		if (!SCHEME_ID.matcher(draft.id()).matches()) {
			throw ProblemException.ruleViolated("scheme-id-not-a-slug", "A scheme id is 1–" + SCHEME_ID_LENGTH
					+ " lower-case letters, digits and single hyphens, like township-station; was " + draft.id() + ".",
					draft.id(), SCHEME_ID_LENGTH);
		}
		Optional<StoredScheme> basis = this.schemes.find(draft.id());
		SchemeHistory history = basis.map(StoredScheme::history).orElseGet(() -> SchemeHistory.empty(draft.id()));
		int latest = history.versions().size();
		if (editedFromVersion.isPresent() && editedFromVersion.getAsInt() != latest) {
			throw new OptimisticLockingFailureException("Scheme " + draft.id() + " was edited from version "
					+ editedFromVersion.getAsInt() + " but version " + latest + " is the latest");
		}
		IndicatorScheme next = history.publish(draft).latest();
		this.schemes.append(basis, next, this.clock.instant());
		return scheme(draft.id());
	}

}
