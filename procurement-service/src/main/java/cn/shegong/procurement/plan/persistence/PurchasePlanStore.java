package cn.shegong.procurement.plan.persistence;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import cn.shegong.procurement.plan.model.PurchasePlan;

/**
 * Purchase plans in the store. A buyer has one plan a year, which a unique index keeps
 * true even under concurrent requests (409 {@code already-exists}); changes are saved
 * against the version the caller read (409 {@code stale-version}).
 */
@Component
public class PurchasePlanStore {

	private final MongoTemplate mongo;

	PurchasePlanStore(MongoTemplate mongo) {
		this.mongo = mongo;
		mongo.indexOps(PurchasePlanDocument.COLLECTION)
			.createIndex(new Index().on("buyerId", Sort.Direction.ASC).on("year", Sort.Direction.ASC).unique());
	}

	public StoredPlan insert(PurchasePlan plan, String regionCode) {
		return this.mongo.insert(PurchasePlanDocument.of(plan, regionCode, null)).toStoredPlan();
	}

	/**
	 * Saves the plan if it is still at the version it carries, and returns the new
	 * version.
	 */
	public StoredPlan update(StoredPlan plan) {
		return this.mongo.save(PurchasePlanDocument.of(plan.plan(), plan.regionCode(), plan.version())).toStoredPlan();
	}

	public Optional<StoredPlan> find(String id) {
		return Optional.ofNullable(this.mongo.findById(id, PurchasePlanDocument.class))
			.map(PurchasePlanDocument::toStoredPlan);
	}

	/** Plans of one year, or of every year when none is given, by year and buyer. */
	public List<StoredPlan> ofYear(Optional<Integer> year) {
		Query query = year.map((value) -> Query.query(Criteria.where("year").is(value))).orElseGet(Query::new);
		return this.mongo.find(query.with(Sort.by("year", "buyerId")), PurchasePlanDocument.class)
			.stream()
			.map(PurchasePlanDocument::toStoredPlan)
			.toList();
	}

}
