package cn.shegong.evaluation.evaluator.persistence;

import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import cn.shegong.evaluation.evaluation.model.Employment;
import cn.shegong.evaluation.evaluator.model.Evaluator;
import cn.shegong.evaluation.evaluator.model.RegisteredContract;

/**
 * The {@code evaluators} collection (one document per evaluator, keyed by sign-in name)
 * and {@code evaluator_organisation_contracts} (one document per contract). Employments
 * are appended in one atomic update, so two admins adding at once lose neither.
 */
@Repository
public class EvaluatorRegister {

	private final MongoTemplate mongo;

	EvaluatorRegister(MongoTemplate mongo) {
		this.mongo = mongo;
		mongo.indexOps(OrganisationContractDocument.COLLECTION)
			.createIndex(new Index().on("evaluatorOrgId", Sort.Direction.ASC).named("by_organisation"));
	}

	/**
	 * @return false when an evaluator with this id is already registered
	 */
	public boolean registerIfAbsent(Evaluator evaluator) {
		try {
			this.mongo.insert(EvaluatorDocument.of(evaluator));
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	public Optional<Evaluator> find(String evaluatorId) {
		return Optional.ofNullable(this.mongo.findById(evaluatorId, EvaluatorDocument.class))
			.map(EvaluatorDocument::toEvaluator);
	}

	public List<Evaluator> all() {
		return this.mongo.find(new Query().with(Sort.by("_id")), EvaluatorDocument.class)
			.stream()
			.map(EvaluatorDocument::toEvaluator)
			.toList();
	}

	/**
	 * @return false when no such evaluator is registered
	 */
	public boolean addEmployment(String evaluatorId, Employment employment) {
		Update appended = new Update().push("employments", EvaluatorDocument.EmploymentDocument.of(employment))
			.inc("version", 1);
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(evaluatorId)), appended, EvaluatorDocument.class)
			.getMatchedCount() == 1;
	}

	public void addContract(RegisteredContract contract) {
		this.mongo.insert(OrganisationContractDocument.of(contract));
	}

	public List<RegisteredContract> contractsOf(String evaluatorOrgId) {
		Query query = Query.query(Criteria.where("evaluatorOrgId").is(evaluatorOrgId)).with(Sort.by("from", "_id"));
		return this.mongo.find(query, OrganisationContractDocument.class)
			.stream()
			.map(OrganisationContractDocument::toContract)
			.toList();
	}

}
