package cn.shegong.procurement.tender.persistence;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.shegong.procurement.tender.model.ChallengeWindow;
import cn.shegong.procurement.tender.model.ProcurementMethod;
import cn.shegong.procurement.tender.model.Tender;
import cn.shegong.procurement.tender.model.TenderNotice;
import cn.shegong.procurement.tender.model.TenderRules;
import cn.shegong.procurement.tender.model.TenderStatus;

/**
 * A tender as stored, with its version for optimistic locking. Its events stay inside the
 * service (no published event type exists for them yet), so it carries no outbox.
 */
@Document(TenderDocument.COLLECTION)
public class TenderDocument {

	public static final String COLLECTION = "tenders";

	@Id
	private String id;

	@Version
	private Long version;

	private String projectId;

	private String buyerRegion;

	private ProcurementMethod method;

	private String title;

	private String summary;

	private String scoringSchemeId;

	private TenderRules rules;

	private TenderStatus status;

	private Instant publishedAt;

	private Instant biddingDeadline;

	private String closingReason;

	private String proposedAgencyId;

	private ChallengeWindow challengeWindow;

	private LocalDate awardedOn;

	TenderDocument() {
	}

	static TenderDocument of(Tender tender, Long version) {
		TenderDocument document = new TenderDocument();
		document.id = tender.id();
		document.version = version;
		document.projectId = tender.projectId();
		document.buyerRegion = tender.buyerRegion();
		document.method = tender.method();
		document.title = tender.notice().title();
		document.summary = tender.notice().summary();
		document.scoringSchemeId = tender.scoringSchemeId();
		document.rules = tender.rules();
		document.status = tender.status();
		document.publishedAt = tender.publishedAt().orElse(null);
		document.biddingDeadline = tender.biddingDeadline().orElse(null);
		document.closingReason = tender.closingReason().orElse(null);
		document.proposedAgencyId = tender.proposedAgencyId().orElse(null);
		document.challengeWindow = tender.challengeWindow().orElse(null);
		document.awardedOn = tender.awardedOn().orElse(null);
		return document;
	}

	/** The tender as it was saved, without replaying or re-checking its history. */
	Tender toTender() {
		return Tender.restore(this.id, this.projectId, this.buyerRegion, this.method,
				new TenderNotice(this.title, this.summary), this.scoringSchemeId, this.rules,
				new Tender.StoredState(this.status, this.publishedAt, this.biddingDeadline, this.proposedAgencyId,
						this.challengeWindow, this.closingReason, this.awardedOn));
	}

	public String getId() {
		return this.id;
	}

	public Long getVersion() {
		return this.version;
	}

}
