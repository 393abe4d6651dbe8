package cn.shegong.evaluation.scheme.persistence;

import java.time.Instant;
import java.util.List;

import cn.shegong.evaluation.scheme.model.SchemeHistory;

/**
 * A scheme's published versions as read, with when each was published and the stored
 * version of the whole, which a publication built on this read must still find.
 *
 * @param publishedAt when version {@code i + 1} was published, at index {@code i}
 * @param revision the document version this was read at
 */
public record StoredScheme(SchemeHistory history, List<Instant> publishedAt, long revision) {

	public StoredScheme {
		publishedAt = List.copyOf(publishedAt);
	}

	public Instant publishedAt(int version) {
		return this.publishedAt.get(version - 1);
	}

}
