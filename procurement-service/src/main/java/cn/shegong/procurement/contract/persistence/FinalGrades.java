package cn.shegong.procurement.contract.persistence;

import java.time.LocalDate;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import cn.shegong.procurement.payment.model.Grade;

/**
 * Every final grade an agency received, one document per evaluation in
 * {@code final_grades}: {@code {_id: evaluationId, agencyId, grade, finalizedOn:
 * "yyyy-MM-dd"}}. Bid scoring reads this exact shape to give the priority bonus [DOMAIN
 * §4], so it is written by hand, not mapped from a class. Writing the same grade again
 * changes nothing.
 */
@Component
public class FinalGrades {

	public static final String COLLECTION = "final_grades";

	private final MongoTemplate mongo;

	FinalGrades(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public void record(String evaluationId, String agencyId, Grade grade, LocalDate finalizedOn) {
		this.mongo.save(new Document("_id", evaluationId).append("agencyId", agencyId)
			.append("grade", grade.name())
			.append("finalizedOn", finalizedOn.toString()), COLLECTION);
	}

}
