package cn.shegong.procurement.bidding.persistence;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import cn.shegong.procurement.bidding.application.PastGrades;
import cn.shegong.procurement.bidding.model.PastGrade;

/**
 * Reads the final grades stored in {@code final_grades}, one document per finalised
 * evaluation: {@code {_id: evaluationId, agencyId, grade: EXCELLENT|GOOD|PASS|FAIL,
 * finalizedOn: "yyyy-MM-dd"}}. The consumer of EvaluationFinalized writes them; this
 * adapter only reads. ISO dates sort as text, so the latest is the greatest.
 */
@Component
class FinalGradesCollection implements PastGrades {

	static final String COLLECTION = "final_grades";

	private final MongoTemplate mongo;

	FinalGradesCollection(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public PastGrade lastFinalGradeOf(String agencyId) {
		Query latest = Query.query(Criteria.where("agencyId").is(agencyId))
			.with(Sort.by(Sort.Direction.DESC, "finalizedOn", "_id"))
			.limit(1);
		Document found = this.mongo.findOne(latest, Document.class, COLLECTION);
		return (found != null) ? PastGrade.valueOf(found.getString("grade")) : PastGrade.NONE;
	}

}
