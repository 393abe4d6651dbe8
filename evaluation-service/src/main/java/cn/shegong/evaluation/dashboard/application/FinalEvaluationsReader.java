package cn.shegong.evaluation.dashboard.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import cn.shegong.evaluation.evaluation.application.EvaluationFile;
import cn.shegong.evaluation.evaluation.model.EvaluationStatus;
import cn.shegong.evaluation.evaluation.persistence.Evaluations;
import cn.shegong.platform.security.Jurisdiction;

/**
 * Final evaluations of a region over a period. The stored evaluations are found by their
 * indexed fields, then read whole through {@link Evaluations}, which alone knows how
 * their state is stored.
 */
@Component
class FinalEvaluationsReader {

	private static final String COLLECTION = "evaluations";

	private static final List<String> FINAL = List.of(EvaluationStatus.values())
		.stream()
		.filter(EvaluationStatus::isGradeFinal)
		.map(Enum::name)
		.toList();

	private final MongoTemplate mongo;

	private final Evaluations evaluations;

	FinalEvaluationsReader(MongoTemplate mongo, Evaluations evaluations) {
		this.mongo = mongo;
		this.evaluations = evaluations;
	}

	/**
	 * Whose grade became final between {@code from} and {@code to} inclusive, of the
	 * given contracts only when some are named: the store leaves out the others, so they
	 * are never read whole.
	 */
	List<EvaluationFile> finalizedIn(String region, LocalDate from, LocalDate to, Optional<Set<String>> contractIds) {
		Criteria criteria = Criteria.where("status")
			.in(FINAL)
			.and("finalOn")
			.gte(from)
			.lte(to)
			.and("regionCode")
			.regex("^" + Pattern.quote(region.substring(0, Math.min(2, region.length()))));
		contractIds.ifPresent((ids) -> criteria.and("contractId").in(ids));
		Query query = Query.query(criteria).with(Sort.by("_id"));
		query.fields().include("_id", "regionCode");
		List<String> ids = this.mongo.find(query, org.bson.Document.class, COLLECTION)
			.stream()
			.filter((found) -> Jurisdiction.contains(region, found.getString("regionCode")))
			.map((found) -> found.getString("_id"))
			.toList();
		return ids.isEmpty() ? List.of() : this.evaluations.withIds(ids);
	}

}
