package cn.shegong.feedback.station.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import cn.shegong.feedback.event.ContractAwarded;
import cn.shegong.feedback.event.ProjectPublished;
import cn.shegong.feedback.station.model.ServedProject;
import cn.shegong.feedback.station.model.StationCode;

/**
 * Feedback's copies of projects, keyed by project id. Each event sets only the fields it
 * knows, in one upsert, so the publication and the award may arrive in either order and
 * any number of times.
 */
@Repository
public class ServedProjects {

	/** Attempts at a free station code before giving up (the first is free ~always). */
	private static final int CODE_ATTEMPTS = 5;

	private final MongoTemplate mongo;

	ServedProjects(MongoTemplate mongo) {
		this.mongo = mongo;
		mongo.indexOps(ServedProjectDocument.COLLECTION)
			.createIndex(new Index().on("stationCode", Sort.Direction.ASC).unique().named("by_station_code"));
		mongo.indexOps(ServedProjectDocument.COLLECTION)
			.createIndex(new Index().on("agencyId", Sort.Direction.ASC).named("by_agency"));
	}

	public void published(ProjectPublished project) {
		upsert(project.projectId(),
				new Update().set("buyerId", project.buyerId())
					.set("regionCode", project.regionCode())
					.set("title", project.title())
					.set("termFrom", project.termFrom())
					.set("termTo", project.termTo()));
	}

	public void awarded(ContractAwarded award) {
		upsert(award.projectId(),
				new Update().set("contractId", award.contractId())
					.set("agencyId", award.agencyId())
					.set("regionCode", award.regionCode())
					.set("termFrom", award.termFrom())
					.set("termTo", award.termTo()));
	}

	public Optional<ServedProject> find(String projectId) {
		return Optional.ofNullable(this.mongo.findById(projectId, ServedProjectDocument.class))
			.map(ServedProjectDocument::toProject);
	}

	public Optional<ServedProject> byStationCode(String code) {
		return Optional
			.ofNullable(this.mongo.findOne(Query.query(Criteria.where("stationCode").is(StationCode.normalised(code))),
					ServedProjectDocument.class))
			.map(ServedProjectDocument::toProject);
	}

	/** Projects an agency runs on {@code day}, by title. */
	public List<ServedProject> openOn(LocalDate day) {
		Query query = Query.query(Criteria.where("agencyId").ne(null).and("termFrom").lte(day).and("termTo").gte(day))
			.with(Sort.by("title", "_id"));
		return this.mongo.find(query, ServedProjectDocument.class)
			.stream()
			.map(ServedProjectDocument::toProject)
			.toList();
	}

	public List<ServedProject> all() {
		return this.mongo.find(new Query().with(Sort.by("_id")), ServedProjectDocument.class)
			.stream()
			.map(ServedProjectDocument::toProject)
			.toList();
	}

	private void upsert(String projectId, Update fields) {
		for (int attempt = 0;; attempt++) {
			try {
				fields.setOnInsert("stationCode", StationCode.of(projectId, attempt));
				this.mongo.findAndModify(Query.query(Criteria.where("_id").is(projectId)), fields,
						FindAndModifyOptions.options().upsert(true), ServedProjectDocument.class);
				return;
			}
			catch (DuplicateKeyException ex) {
				// Another project holds this code (or a concurrent first write of
				// this one won): try again; an existing document keeps its code.
				if (attempt + 1 == CODE_ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

}
