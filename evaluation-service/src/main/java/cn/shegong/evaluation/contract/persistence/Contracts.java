package cn.shegong.evaluation.contract.persistence;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import cn.shegong.evaluation.contract.model.Contract;
import cn.shegong.evaluation.contract.model.MilestoneType;

/**
 * Evaluation's contract copies (collection {@code contracts}), saved with optimistic
 * locking, the milestone dues that arrived before their contract (collection
 * {@code pending_milestone_dues}, one per contract and milestone), and the buyer of each
 * published project (collection {@code project_buyers}, one per project).
 */
@Repository
public class Contracts {

	private final MongoTemplate mongo;

	Contracts(MongoTemplate mongo) {
		this.mongo = mongo;
		mongo.indexOps(ContractDocument.COLLECTION)
			.createIndex(new Index().on("projectId", Sort.Direction.ASC).named("by_project"));
		mongo.indexOps(ContractDocument.COLLECTION)
			.createIndex(new Index().on("regionCode", Sort.Direction.ASC).named("by_region"));
		mongo.indexOps(ContractDocument.COLLECTION)
			.createIndex(new Index().on("buyerId", Sort.Direction.ASC).named("by_buyer"));
		mongo.indexOps(PendingDueDocument.COLLECTION)
			.createIndex(new Index().on("contractId", Sort.Direction.ASC).named("by_contract"));
	}

	public Optional<Versioned> find(String contractId) {
		return Optional.ofNullable(this.mongo.findById(contractId, ContractDocument.class))
			.map((document) -> new Versioned(document.toContract(), document.version()));
	}

	/**
	 * The contract copy as it now stands, at the version it was read with (none: new).
	 */
	public Versioned save(Contract contract, Long version) {
		ContractDocument saved = this.mongo.save(ContractDocument.of(contract, version));
		return new Versioned(saved.toContract(), saved.version());
	}

	/** The contracts of a region, by id. */
	public List<Contract> inRegion(String regionCode) {
		return this.mongo
			.find(Query.query(Criteria.where("regionCode").is(regionCode)).with(Sort.by("_id")), ContractDocument.class)
			.stream()
			.map(ContractDocument::toContract)
			.toList();
	}

	/** The contracts of a project, by id. */
	public List<Versioned> ofProject(String projectId) {
		return this.mongo
			.find(Query.query(Criteria.where("projectId").is(projectId)).with(Sort.by("_id")), ContractDocument.class)
			.stream()
			.map((document) -> new Versioned(document.toContract(), document.version()))
			.toList();
	}

	/** The ids of the contracts a buyer is known to buy. */
	public List<String> idsBoughtBy(String buyerId) {
		Query query = Query.query(Criteria.where("buyerId").is(buyerId)).with(Sort.by("_id"));
		query.fields().include("_id");
		return this.mongo.find(query, org.bson.Document.class, ContractDocument.COLLECTION)
			.stream()
			.map((found) -> found.getString("_id"))
			.toList();
	}

	/** Remembers who buys a project; the same publication again changes nothing. */
	public void rememberBuyer(String projectId, String buyerId, String regionCode) {
		this.mongo.save(new ProjectBuyerDocument(projectId, buyerId, regionCode));
	}

	public Optional<String> buyerOf(String projectId) {
		return Optional.ofNullable(this.mongo.findById(projectId, ProjectBuyerDocument.class))
			.map(ProjectBuyerDocument::buyerId);
	}

	/** The regions that have contracts, sorted. */
	public List<String> regionCodes() {
		return this.mongo.findDistinct(new Query(), "regionCode", ContractDocument.COLLECTION, String.class)
			.stream()
			.sorted()
			.toList();
	}

	public void holdDue(PendingDue due) {
		this.mongo.save(new PendingDueDocument(due.contractId() + "/" + due.milestoneId(), due.contractId(),
				due.milestoneId(), due.type(), due.dueOn()));
	}

	public List<PendingDue> heldDues(String contractId) {
		return this.mongo
			.find(Query.query(Criteria.where("contractId").is(contractId)).with(Sort.by("dueOn", "milestoneId")),
					PendingDueDocument.class)
			.stream()
			.map((held) -> new PendingDue(held.contractId(), held.milestoneId(), held.type(), held.dueOn()))
			.toList();
	}

	public void releaseDues(String contractId) {
		this.mongo.remove(Query.query(Criteria.where("contractId").is(contractId)), PendingDueDocument.class);
	}

	public record Versioned(Contract contract, Long version) {
	}

	/** A milestone due that came before its contract. */
	public record PendingDue(String contractId, String milestoneId, MilestoneType type, java.time.LocalDate dueOn) {
	}

}
