package cn.shegong.talent.worker.model;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static cn.shegong.platform.test.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

class ProfileCorrectionTest {

	static final Instant NOON = Instant.parse("2025-06-01T04:00:00Z");

	static ProfileCorrection correction(WorkerProfile corrected) {
		return new ProfileCorrection(corrected, "hr-1", NOON, "typed wrong at hiring");
	}

	@Test
	void aCorrectionChangesTheProfileAndRecordsWhoWhenWhyAndEachFieldFromAndTo() {
		SocialWorker corrected = SocialWorkerTest.hiredByMaqiaoOnNewYear2024()
			.correctProfile(correction(new WorkerProfile("张敏敏", Education.MASTER, 3)));

		assertThat(corrected.profile()).isEqualTo(new WorkerProfile("张敏敏", Education.MASTER, 3));
		assertThat(corrected.profileHistory())
			.containsExactly(new ProfileChange("hr-1", NOON, "typed wrong at hiring", java.util.List
				.of(new FieldChange("name", "张敏", "张敏敏"), new FieldChange("education", "BACHELOR", "MASTER"))));
	}

	@Test
	void aSecondCorrectionAddsToTheHistoryAndKeepsTheFirst() {
		SocialWorker twice = SocialWorkerTest.hiredByMaqiaoOnNewYear2024()
			.correctProfile(correction(new WorkerProfile("张敏", Education.BACHELOR, 4)))
			.correctProfile(correction(new WorkerProfile("张敏", Education.BACHELOR, 5)));

		assertThat(twice.profileHistory()).extracting((change) -> change.fields().get(0))
			.containsExactly(new FieldChange("yearsOfService", "3", "4"), new FieldChange("yearsOfService", "4", "5"));
	}

	@Test
	void aCorrectionThatChangesNothingIsRefused() {
		assertThat(refusalOf(() -> SocialWorkerTest.hiredByMaqiaoOnNewYear2024()
			.correctProfile(correction(new WorkerProfile(" 张敏 ", Education.BACHELOR, 3)))).rule())
			.isEqualTo("worker-profile-unchanged");
	}

	@Test
	void aCorrectionNeedsAReason() {
		assertThat(refusalOf(
				() -> new ProfileCorrection(new WorkerProfile("张敏", Education.BACHELOR, 3), "hr-1", NOON, "  "))
			.rule()).isEqualTo("worker-profile-reason-required");
	}

	@Test
	void aCorrectedProfileObeysTheSameRulesAsANewWorker() {
		assertThat(refusalOf(() -> SocialWorkerTest.hiredByMaqiaoOnNewYear2024()
			.correctProfile(correction(new WorkerProfile(" ", Education.BACHELOR, 3)))).rule())
			.isEqualTo("worker-name-required");
		assertThat(refusalOf(() -> SocialWorkerTest.hiredByMaqiaoOnNewYear2024()
			.correctProfile(correction(new WorkerProfile("张敏", Education.BACHELOR, -1)))).rule())
			.isEqualTo("years-of-service-negative");
	}

	@Test
	void aCorrectionKeepsTheResidentIdAndTheEmployments() {
		SocialWorker hired = SocialWorkerTest.hiredByMaqiaoOnNewYear2024();
		SocialWorker corrected = hired.correctProfile(correction(new WorkerProfile("李敏", Education.BACHELOR, 3)));

		assertThat(corrected.residentId()).isEqualTo(hired.residentId());
		assertThat(corrected.employments()).isEqualTo(hired.employments());
	}

}
