package cn.shegong.evaluation.spotcheck.persistence;

import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import cn.shegong.evaluation.evaluation.model.SpotCheckSelection;
import cn.shegong.evaluation.spotcheck.model.SpotCheckRecord;

/** The recorded draws (collection {@code spot_checks}), one per year and region. */
@Repository
public class SpotCheckRecords {

	private final MongoTemplate mongo;

	SpotCheckRecords(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Stores the draw unless one of its year and region exists; false then. */
	public boolean insertIfFirst(SpotCheckRecord record) {
		SpotCheckSelection s = record.selection();
		try {
			this.mongo.insert(new SpotCheckDocument(id(s.year(), s.regionCode()), s.year(), s.regionCode(), s.seed(),
					s.shareBasisPoints(),
					record.eligible()
						.stream()
						.map((e) -> new SpotCheckDocument.EligibleEntry(e.projectId(), e.contractId()))
						.toList(),
					s.eligibleProjectIds(), s.chosenProjectIds(), record.drawnBy(), record.drawnAt()));
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	public Optional<SpotCheckRecord> find(int year, String regionCode) {
		return Optional.ofNullable(this.mongo.findById(id(year, regionCode), SpotCheckDocument.class))
			.map((d) -> new SpotCheckRecord(
					new SpotCheckSelection(d.year(), d.regionCode(), d.seed(), d.shareBasisPoints(),
							d.eligibleProjectIds(), d.chosenProjectIds()),
					d.eligible()
						.stream()
						.map((e) -> new SpotCheckRecord.Eligible(e.projectId(), e.contractId()))
						.toList(),
					d.drawnBy(), d.drawnAt()));
	}

	private static String id(int year, String regionCode) {
		return year + "/" + regionCode;
	}

}
