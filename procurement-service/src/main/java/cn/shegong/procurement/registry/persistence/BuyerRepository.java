package cn.shegong.procurement.registry.persistence;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import cn.shegong.procurement.registry.model.Buyer;

/** Buyers in the store, keyed by their id; a second buyer with the same id is refused. */
@Repository
public class BuyerRepository {

	private final MongoTemplate mongo;

	BuyerRepository(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public Buyer insert(Buyer buyer) {
		return this.mongo.insert(BuyerDocument.of(buyer)).toBuyer();
	}

	public boolean exists(String id) {
		return this.mongo.exists(Query.query(Criteria.where("_id").is(id)), BuyerDocument.class);
	}

	/**
	 * Every buyer, by region code: a city has a few dozen, so callers filter by
	 * jurisdiction with the domain's region rules rather than in a query.
	 */
	public List<Buyer> findAll() {
		return this.mongo.find(new Query().with(Sort.by("regionCode", "_id")), BuyerDocument.class)
			.stream()
			.map(BuyerDocument::toBuyer)
			.toList();
	}

}
