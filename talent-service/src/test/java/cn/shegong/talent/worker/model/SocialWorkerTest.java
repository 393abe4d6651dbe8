package cn.shegong.talent.worker.model;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static cn.shegong.platform.test.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

class SocialWorkerTest {

	static final ProtectedResidentId SEALED = new ProtectedResidentId("c2VhbGVk", "aGFzaA==", "3304**********1234");

	static SocialWorker hiredByMaqiaoOnNewYear2024() {
		return SocialWorker.hire("worker-1", "张敏", SEALED, Education.BACHELOR, 3, "agency-maqiao",
				LocalDate.of(2024, 1, 1));
	}

	@Test
	void movingToAnotherAgencyEndsTheCurrentEmploymentTheDayBeforeAndKeepsTheHistory() {
		SocialWorker moved = hiredByMaqiaoOnNewYear2024().moveTo("agency-xiashi", LocalDate.of(2025, 3, 1));

		assertThat(moved.employerId()).isEqualTo("agency-xiashi");
		assertThat(moved.employments()).containsExactly(
				new Employment("agency-maqiao", LocalDate.of(2024, 1, 1), Optional.of(LocalDate.of(2025, 2, 28))),
				new Employment("agency-xiashi", LocalDate.of(2025, 3, 1), Optional.empty()));
	}

	@Test
	void aWorkerCannotMoveToTheAgencyThatAlreadyEmploysThem() {
		assertThat(
				refusalOf(() -> hiredByMaqiaoOnNewYear2024().moveTo("agency-maqiao", LocalDate.of(2025, 3, 1))).rule())
			.isEqualTo("worker-already-with-agency");
	}

	@Test
	void aMoveCannotStartOnOrBeforeTheDayTheCurrentEmploymentBegan() {
		assertThat(
				refusalOf(() -> hiredByMaqiaoOnNewYear2024().moveTo("agency-xiashi", LocalDate.of(2024, 1, 1))).rule())
			.isEqualTo("employment-move-before-current-start");
	}

	@Test
	void aWorkerNeedsANameAndCannotHaveNegativeYearsOfService() {
		assertThat(refusalOf(() -> SocialWorker.hire("w", " ", SEALED, Education.BACHELOR, 0, "a", LocalDate.now()))
			.rule()).isEqualTo("worker-name-required");
		assertThat(refusalOf(() -> SocialWorker.hire("w", "张敏", SEALED, Education.BACHELOR, -1, "a", LocalDate.now()))
			.rule()).isEqualTo("years-of-service-negative");
	}

	@Test
	void aWorkerPrintsOnlyTheMaskedResidentId() {
		assertThat(hiredByMaqiaoOnNewYear2024().toString()).contains("3304**********1234")
			.doesNotContain("c2VhbGVk")
			.doesNotContain("aGFzaA==");
	}

}
