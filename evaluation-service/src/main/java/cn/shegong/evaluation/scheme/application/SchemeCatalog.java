package cn.shegong.evaluation.scheme.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

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
		Optional<StoredScheme> basis = this.schemes.find(draft.id());
		SchemeHistory history = basis.map(StoredScheme::history).orElseGet(() -> SchemeHistory.empty(draft.id()));
		IndicatorScheme next = history.publish(draft).latest();
		this.schemes.append(basis, next, this.clock.instant());
		return scheme(draft.id());
	}

}
