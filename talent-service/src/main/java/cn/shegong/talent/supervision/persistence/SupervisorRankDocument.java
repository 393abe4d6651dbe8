package cn.shegong.talent.supervision.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.shegong.talent.supervision.application.RankRecord;
import cn.shegong.talent.supervision.model.RankChange;
import cn.shegong.talent.supervision.model.SupervisorRankHistory;
import cn.shegong.talent.tier.model.SupervisorRank;

/**
 * A worker's supervisor rank history, one document per worker keyed by worker id. The
 * agency is the one whose HR last changed it, kept for reading the store by hand; access
 * is decided by the worker's current employer.
 */
@Document(SupervisorRankDocument.COLLECTION)
class SupervisorRankDocument {

	static final String COLLECTION = "supervisor_ranks";

	@Id
	private String id;

	@Version
	private Long version;

	private String agencyId;

	private List<Change> changes = new ArrayList<>();

	SupervisorRankDocument() {
	}

	static SupervisorRankDocument of(RankRecord record, String agencyId) {
		SupervisorRankDocument document = new SupervisorRankDocument();
		document.id = record.history().workerId();
		document.version = record.version().orElse(null);
		document.agencyId = agencyId;
		document.changes = record.history().changes().stream().map(Change::of).toList();
		return document;
	}

	RankRecord toRecord() {
		return new RankRecord(new SupervisorRankHistory(this.id, this.changes.stream().map(Change::toChange).toList()),
				Optional.ofNullable(this.version));
	}

	/** One decision; {@code rank} is null for a removal. */
	record Change(RankChange.Kind kind, SupervisorRank rank, LocalDate effectiveOn, String decidedBy, String reason) {

		static Change of(RankChange change) {
			return new Change(change.kind(), change.rank().orElse(null), change.effectiveOn(), change.decidedBy(),
					change.reason());
		}

		RankChange toChange() {
			return new RankChange(this.kind, Optional.ofNullable(this.rank), this.effectiveOn, this.decidedBy,
					this.reason);
		}

	}

}
