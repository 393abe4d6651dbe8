package cn.shegong.procurement.award.persistence;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.shegong.procurement.award.model.BidEvaluation;
import cn.shegong.procurement.award.model.ScoringResult;
import cn.shegong.procurement.bidding.model.PanelMember;
import cn.shegong.procurement.bidding.model.PanelScore;

/**
 * A tender's bid evaluation as stored, under the tender's id (one per tender), with its
 * version for optimistic locking. Its changes are announced nowhere, so it carries no
 * outbox.
 */
@Document(BidEvaluationDocument.COLLECTION)
class BidEvaluationDocument {

	static final String COLLECTION = "bid_evaluations";

	@Id
	private String tenderId;

	@Version
	private Long version;

	private String buyerRegion;

	private List<PanelMember> panel;

	private List<PanelScore> scores;

	private ScoringResult result;

	BidEvaluationDocument() {
	}

	static BidEvaluationDocument of(BidEvaluation evaluation, Long version) {
		BidEvaluationDocument document = new BidEvaluationDocument();
		document.tenderId = evaluation.tenderId();
		document.version = version;
		document.buyerRegion = evaluation.buyerRegion();
		document.panel = evaluation.panel();
		document.scores = evaluation.scores();
		document.result = evaluation.result().orElse(null);
		return document;
	}

	BidEvaluation toEvaluation() {
		return BidEvaluation.restore(this.tenderId, this.buyerRegion, this.panel,
				(this.scores != null) ? this.scores : List.of(), this.result);
	}

	Long getVersion() {
		return this.version;
	}

}
