package cn.shegong.talent.worker.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static cn.shegong.platform.test.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

class WorkingTimeTest {

	static final ProfileChangeNote NOTE = new ProfileChangeNote("hr-1", Instant.parse("2025-03-01T00:00:00Z"),
			"asked for shorter hours");

	@Test
	void aWorkerIsHiredFullTimeUnlessAShareIsGiven() {
		assertThat(SocialWorkerTest.hiredByMaqiaoOnNewYear2024().currentEmployment().fteBasisPoints())
			.isEqualTo(Employment.FULL_TIME);
		assertThat(SocialWorker
			.hire("w", "张敏", SocialWorkerTest.SEALED, Education.BACHELOR, 0, "a", LocalDate.of(2024, 1, 1), 5_000)
			.currentEmployment()
			.fteBasisPoints()).isEqualTo(5_000);
	}

	@Test
	void aChangeOfWorkingTimeEndsTheStretchTheDayBeforeAndStartsOneWithTheSameAgency() {
		SocialWorker halved = SocialWorkerTest.hiredByMaqiaoOnNewYear2024()
			.changeWorkingTime(5_000, LocalDate.of(2025, 3, 1), NOTE);

		assertThat(halved.employments())
			.containsExactly(
					new Employment("agency-maqiao", LocalDate.of(2024, 1, 1), Optional.of(LocalDate.of(2025, 2, 28)),
							10_000),
					new Employment("agency-maqiao", LocalDate.of(2025, 3, 1), Optional.empty(), 5_000));
		assertThat(halved.profileHistory()).singleElement()
			.satisfies((change) -> assertThat(change.fields())
				.contains(new FieldChange("fteBasisPoints", "10000", "5000")));
	}

	@Test
	void aChangeToTheCurrentShareIsRefused() {
		assertThat(refusalOf(() -> SocialWorkerTest.hiredByMaqiaoOnNewYear2024()
			.changeWorkingTime(10_000, LocalDate.of(2025, 3, 1), NOTE)).rule()).isEqualTo("working-time-unchanged");
	}

	@Test
	void aChangeCannotStartOnOrBeforeTheCurrentStretchBegan() {
		assertThat(refusalOf(() -> SocialWorkerTest.hiredByMaqiaoOnNewYear2024()
			.changeWorkingTime(5_000, LocalDate.of(2024, 1, 1), NOTE)).rule())
			.isEqualTo("working-time-change-before-current-start");
	}

	@Test
	void aShareIsBetweenOneAndTenThousandBasisPoints() {
		assertThat(refusalOf(() -> new Employment("a", LocalDate.of(2024, 1, 1), Optional.empty(), 0)).rule())
			.isEqualTo("employment-fte-out-of-range");
		assertThat(refusalOf(() -> new Employment("a", LocalDate.of(2024, 1, 1), Optional.empty(), 10_001)).rule())
			.isEqualTo("employment-fte-out-of-range");
	}

	@Test
	void aMoveCarriesTheShareAtTheNewAgency() {
		SocialWorker moved = SocialWorkerTest.hiredByMaqiaoOnNewYear2024()
			.moveTo("agency-xiashi", LocalDate.of(2025, 3, 1), 8_000);

		assertThat(moved.employments()).extracting(Employment::fteBasisPoints).isEqualTo(List.of(10_000, 8_000));
	}

}
