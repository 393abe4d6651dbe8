package cn.shegong.procurement.bidding.persistence;

import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.procurement.bidding.application.PastGrades;
import cn.shegong.procurement.bidding.model.PastGrade;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads final grades in the shape the EvaluationFinalized consumer writes them, inserted
 * here directly.
 */
@ServiceIntegrationTest
class FinalGradesCollectionIT {

	@Autowired
	PastGrades pastGrades;

	@Autowired
	MongoTemplate mongo;

	@Test
	void theMostRecentlyFinalisedGradeCounts() {
		grade("eval-a", "agency-grades-1", "EXCELLENT", "2025-12-20");
		grade("eval-b", "agency-grades-1", "FAIL", "2026-06-30");
		grade("eval-c", "agency-grades-1", "GOOD", "2026-01-15");

		assertThat(this.pastGrades.lastFinalGradeOf("agency-grades-1")).isEqualTo(PastGrade.FAIL);
	}

	@Test
	void anAgencyWithoutAFinalGradeHasNone() {
		grade("eval-d", "agency-grades-2", "GOOD", "2026-03-01");

		assertThat(this.pastGrades.lastFinalGradeOf("agency-grades-3")).isEqualTo(PastGrade.NONE);
	}

	private void grade(String evaluationId, String agencyId, String grade, String finalizedOn) {
		this.mongo.insert(
				new Document(
						Map.of("_id", evaluationId, "agencyId", agencyId, "grade", grade, "finalizedOn", finalizedOn)),
				FinalGradesCollection.COLLECTION);
	}

}
