package cn.shegong.evaluation.scheme.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import cn.shegong.evaluation.scheme.model.IndicatorScheme;
import cn.shegong.evaluation.scheme.model.SchemeHistory;

/**
 * The {@code schemes} collection: every published version of every scheme. A version is
 * written once and never changed; a publication appends to the history it was decided on,
 * or fails with {@link OptimisticLockingFailureException} (409 stale-version) when
 * another one got there first.
 */
@Repository
public class PublishedSchemes {

	private static final String VERSION = "version";

	private final MongoTemplate mongo;

	PublishedSchemes(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public Optional<StoredScheme> find(String schemeId) {
		return Optional.ofNullable(this.mongo.findById(schemeId, SchemeDocument.class)).map(PublishedSchemes::read);
	}

	public List<StoredScheme> all() {
		return this.mongo.find(new Query().with(Sort.by("_id")), SchemeDocument.class)
			.stream()
			.map(PublishedSchemes::read)
			.toList();
	}

	public boolean isEmpty() {
		return !this.mongo.exists(new Query(), SchemeDocument.class);
	}

	/**
	 * Appends {@code next} to the history read as {@code basis}, or starts the scheme's
	 * history when {@code basis} is empty.
	 * @throws OptimisticLockingFailureException if the history changed since it was read
	 */
	public void append(Optional<StoredScheme> basis, IndicatorScheme next, Instant publishedAt) {
		SchemeVersionDocument stored = SchemeDocuments.of(next, publishedAt);
		if (basis.isEmpty()) {
			if (!insertFirst(next.id(), stored)) {
				throw new OptimisticLockingFailureException(
						"Scheme " + next.id() + " was first published by someone else meanwhile");
			}
			return;
		}
		Query sameRevision = Query.query(Criteria.where("_id").is(next.id()).and(VERSION).is(basis.get().revision()));
		Update appended = new Update().push("versions", stored).inc(VERSION, 1);
		if (this.mongo.updateFirst(sameRevision, appended, SchemeDocument.class).getMatchedCount() == 0) {
			throw new OptimisticLockingFailureException(
					"Scheme " + next.id() + " is no longer at revision " + basis.get().revision());
		}
	}

	/**
	 * Stores {@code first} as the scheme's first version unless the scheme exists; safe
	 * to call from every instance at once.
	 * @return whether this call stored it
	 */
	public boolean insertIfAbsent(IndicatorScheme first, Instant publishedAt) {
		return insertFirst(first.id(), SchemeDocuments.of(first, publishedAt));
	}

	private boolean insertFirst(String schemeId, SchemeVersionDocument first) {
		try {
			this.mongo.insert(new SchemeDocument(schemeId, List.of(first), null));
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	private static StoredScheme read(SchemeDocument document) {
		List<IndicatorScheme> versions = document.versions()
			.stream()
			.map((version) -> SchemeDocuments.toScheme(document.id(), version))
			.toList();
		return new StoredScheme(new SchemeHistory(document.id(), versions),
				document.versions().stream().map(SchemeVersionDocument::publishedAt).toList(), document.version());
	}

}
