package cn.shegong.evaluation.figure.persistence;

import java.util.ArrayList;
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

import cn.shegong.evaluation.figure.model.Figure;
import cn.shegong.evaluation.figure.model.MeasuredFigure;
import cn.shegong.evaluation.scheme.model.DataSource;

/**
 * Every figure evaluation was sent (collection {@code figures}), never overwritten: the
 * history stays, and the latest of a data source is the one measured last. A redelivered
 * event writes the same document again.
 */
@Repository
public class Figures {

	private static final Sort LATEST_FIRST = Sort.by(Sort.Order.desc("measuredAt"), Sort.Order.desc("eventId"));

	private final MongoTemplate mongo;

	Figures(MongoTemplate mongo) {
		this.mongo = mongo;
		mongo.indexOps(FigureDocument.COLLECTION)
			.createIndex(new Index().on("contractId", Sort.Direction.ASC)
				.on("dataSource", Sort.Direction.ASC)
				.on("measuredAt", Sort.Direction.DESC)
				.named("latest_by_contract"));
		mongo.indexOps(FigureDocument.COLLECTION)
			.createIndex(new Index().on("projectId", Sort.Direction.ASC)
				.on("dataSource", Sort.Direction.ASC)
				.on("measuredAt", Sort.Direction.DESC)
				.named("latest_by_project"));
	}

	public void record(MeasuredFigure figure) {
		this.mongo.save(FigureDocument.of(figure));
	}

	/**
	 * Writes a figure its source rewrites as it changes, unless a figure computed from a
	 * later version of the source is stored already: two writers finishing out of order
	 * leave the later state.
	 */
	public void recordUnlessNewerStored(MeasuredFigure figure, long sourceVersion) {
		FigureDocument document = FigureDocument.of(figure, sourceVersion);
		org.bson.Document state = new org.bson.Document();
		this.mongo.getConverter().write(document, state);
		Query older = Query.query(Criteria.where("_id")
			.is(document.id())
			.orOperator(Criteria.where("sequence").lt(sourceVersion), Criteria.where("sequence").exists(false)));
		try {
			this.mongo.upsert(older, Update.fromDocument(state, "_id", "_class"), FigureDocument.class);
		}
		catch (DuplicateKeyException ex) {
			// the stored figure comes from a later version of its source and stays
		}
	}

	/** The figure of a source measured last for the contract or its project. */
	public Optional<Figure> latest(String contractId, Optional<String> projectId, DataSource source) {
		List<Criteria> subjects = new ArrayList<>(List.of(Criteria.where("contractId").is(contractId)));
		projectId.ifPresent((project) -> subjects.add(Criteria.where("projectId").is(project)));
		Query query = Query.query(Criteria.where("dataSource").is(source).orOperator(subjects.toArray(Criteria[]::new)))
			.with(LATEST_FIRST)
			.limit(1);
		return Optional.ofNullable(this.mongo.findOne(query, FigureDocument.class)).map(FigureDocument::toFigure);
	}

}
