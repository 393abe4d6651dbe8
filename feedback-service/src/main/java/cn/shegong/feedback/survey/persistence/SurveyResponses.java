package cn.shegong.feedback.survey.persistence;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import cn.shegong.feedback.survey.model.SurveyResponse;

/**
 * Stored survey responses. They are only ever inserted, so any measure over them can be
 * computed again later with the same result.
 */
@Repository
public class SurveyResponses {

	private final MongoTemplate mongo;

	SurveyResponses(MongoTemplate mongo) {
		this.mongo = mongo;
		mongo.indexOps(SurveyResponseDocument.COLLECTION)
			.createIndex(new Index().on("projectId", Sort.Direction.ASC)
				.on("receivedAt", Sort.Direction.ASC)
				.named("by_project_and_time"));
	}

	public void insert(SurveyResponse response) {
		this.mongo.insert(SurveyResponseDocument.of(response));
	}

	/** A project's responses received from {@code from} (inclusive) to {@code until}. */
	public List<SurveyResponse> about(String projectId, Instant from, Instant until) {
		Query query = Query.query(Criteria.where("projectId").is(projectId).and("receivedAt").gte(from).lt(until))
			.with(Sort.by("receivedAt", "_id"));
		return this.mongo.find(query, SurveyResponseDocument.class)
			.stream()
			.map(SurveyResponseDocument::toResponse)
			.toList();
	}

}
