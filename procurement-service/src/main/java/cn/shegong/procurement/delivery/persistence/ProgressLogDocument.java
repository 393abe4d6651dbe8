package cn.shegong.procurement.delivery.persistence;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.shegong.platform.outbox.PendingEvent;
import cn.shegong.procurement.delivery.model.ProgressLog;
import cn.shegong.procurement.delivery.model.ProgressReport;

/**
 * The progress reports of one contract as stored, keyed by the contract id, with the
 * events the last reports caused.
 */
@Document(ProgressLogDocument.COLLECTION)
public class ProgressLogDocument {

	public static final String COLLECTION = "contract_progress";

	@Id
	private String id;

	@Version
	private Long version;

	private List<ProgressReport> reports = new ArrayList<>();

	private List<PendingEvent> outbox = new ArrayList<>();

	ProgressLogDocument() {
	}

	static ProgressLogDocument of(ProgressLog log, Long version) {
		ProgressLogDocument document = new ProgressLogDocument();
		document.id = log.contractId();
		document.version = version;
		document.reports = log.reports();
		return document;
	}

	ProgressLog toLog() {
		return new ProgressLog(this.id, (this.reports != null) ? this.reports : List.of());
	}

	Long getVersion() {
		return this.version;
	}

}
