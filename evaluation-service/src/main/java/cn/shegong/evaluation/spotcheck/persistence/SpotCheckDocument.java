package cn.shegong.evaluation.spotcheck.persistence;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One draw, keyed by year and region ({@code 2027/330481}) so that a second draw of the
 * same year and region, concurrent or not, is refused by the store.
 */
@Document(SpotCheckDocument.COLLECTION)
record SpotCheckDocument(@Id String id, int year, String regionCode, long seed, int shareBasisPoints,
		List<EligibleEntry> eligible, List<String> eligibleProjectIds, List<String> chosenProjectIds, String drawnBy,
		Instant drawnAt) {

	static final String COLLECTION = "spot_checks";

	record EligibleEntry(String projectId, String contractId) {
	}

}
