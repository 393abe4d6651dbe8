package cn.shegong.procurement.contract.persistence;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.shegong.platform.outbox.PendingEvent;
import cn.shegong.procurement.contract.model.AgreedTerms;
import cn.shegong.procurement.contract.model.AppliedEvaluation;
import cn.shegong.procurement.contract.model.AddOn;
import cn.shegong.procurement.contract.model.Contract;
import cn.shegong.procurement.contract.model.Termination;
import cn.shegong.procurement.contract.model.ContractParties;
import cn.shegong.procurement.contract.model.ContractStatus;
import cn.shegong.procurement.contract.model.Signing;
import cn.shegong.procurement.delivery.model.ContractMilestone;
import cn.shegong.procurement.payment.model.PaymentLedger;
import cn.shegong.procurement.payment.model.PaymentRecord;
import cn.shegong.procurement.payment.model.PayoutPolicy;

/**
 * A contract as stored: the aggregate, its version, and the events its last changes
 * caused, in one document, so that a payment and the event announcing it are written
 * together or not at all. Milestones are an array of this document, so that marking one
 * due is a single conditional update too.
 */
@Document(ContractDocument.COLLECTION)
public class ContractDocument {

	public static final String COLLECTION = "contracts";

	static final String TENDER_ID = "parties.tenderId";

	static final String STATUS = "status";

	static final String MILESTONES = "milestones";

	@Id
	private String id;

	@Version
	private Long version;

	private ContractParties parties;

	private AgreedTerms terms;

	private PayoutPolicy payoutPolicy;

	private List<ContractMilestone> milestones;

	private List<PaymentRecord> payments;

	private List<AppliedEvaluation> evaluations;

	private ContractStatus status;

	private Signing signing;

	private String notes;

	private List<AddOn> addOns;

	private Termination termination;

	private List<PendingEvent> outbox = new ArrayList<>();

	ContractDocument() {
	}

	static ContractDocument of(Contract contract, Long version) {
		ContractDocument document = new ContractDocument();
		document.id = contract.id();
		document.version = version;
		document.parties = contract.parties();
		document.terms = contract.terms();
		document.payoutPolicy = contract.payoutPolicy();
		document.milestones = contract.milestones();
		document.payments = contract.payments().records();
		document.evaluations = contract.evaluations();
		document.status = contract.status();
		document.signing = contract.signing().orElse(null);
		document.notes = contract.notes().orElse(null);
		document.addOns = contract.addOns();
		document.termination = contract.termination().orElse(null);
		return document;
	}

	Contract toContract() {
		Contract contract = new Contract(this.id, this.parties, this.terms, this.payoutPolicy, listOf(this.milestones),
				new PaymentLedger(listOf(this.payments)), listOf(this.evaluations), this.status, this.signing,
				this.notes, listOf(this.addOns));
		contract.restoreTermination(this.termination);
		return contract;
	}

	private static <T> List<T> listOf(List<T> stored) {
		return (stored != null) ? stored : List.of();
	}

	String getId() {
		return this.id;
	}

	Long getVersion() {
		return this.version;
	}

}
