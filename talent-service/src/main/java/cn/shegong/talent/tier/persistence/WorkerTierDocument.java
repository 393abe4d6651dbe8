package cn.shegong.talent.tier.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.shegong.platform.outbox.PendingEvent;
import cn.shegong.talent.tier.application.TierRecord;
import cn.shegong.talent.tier.application.TierRecord.YearAppraisal;
import cn.shegong.talent.tier.model.Tier;

/**
 * A worker's tier record, keyed by worker id, carrying its own pending events so that a
 * tier change and its {@code talent.TierChanged} are one atomic write.
 */
@Document(WorkerTierDocument.COLLECTION)
class WorkerTierDocument {

	static final String COLLECTION = "worker_tiers";

	@Id
	private String id;

	@Version
	private Long version;

	private String agencyId;

	private int tier;

	private List<YearAppraisal> appraisals = new ArrayList<>();

	private List<PendingEvent> outbox = new ArrayList<>();

	WorkerTierDocument() {
	}

	static WorkerTierDocument of(TierRecord record, String agencyId, List<PendingEvent> events) {
		WorkerTierDocument document = new WorkerTierDocument();
		document.id = record.workerId();
		document.version = record.version().orElse(null);
		document.agencyId = agencyId;
		document.tier = record.tier().number();
		document.appraisals = new ArrayList<>(record.appraisals());
		document.outbox = new ArrayList<>(events);
		return document;
	}

	TierRecord toRecord() {
		return new TierRecord(this.id, Tier.ofNumber(this.tier), this.appraisals, Optional.ofNullable(this.version));
	}

}
