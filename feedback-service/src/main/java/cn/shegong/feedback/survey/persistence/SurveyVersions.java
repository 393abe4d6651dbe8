package cn.shegong.feedback.survey.persistence;

import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import cn.shegong.feedback.survey.model.Survey;

/**
 * Published survey versions. A version is inserted once and never updated, so two admins
 * publishing at the same moment cannot both take the same number.
 */
@Repository
public class SurveyVersions {

	private final MongoTemplate mongo;

	SurveyVersions(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Stores a new version; returns false if that number is already taken. */
	public boolean insertIfAbsent(Survey survey) {
		try {
			this.mongo.insert(SurveyDocument.of(survey));
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	public Optional<Survey> find(int version) {
		return Optional.ofNullable(this.mongo.findById(version, SurveyDocument.class)).map(SurveyDocument::toSurvey);
	}

	/** The highest published version. */
	public Optional<Survey> latest() {
		return Optional
			.ofNullable(this.mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(1),
					SurveyDocument.class))
			.map(SurveyDocument::toSurvey);
	}

}
