package cn.shegong.feedback.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import cn.shegong.feedback.intake.SubmissionGuard.Claim;
import cn.shegong.platform.problem.ProblemException;
import cn.shegong.platform.test.ServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ServiceIntegrationTest
class SubmissionGuardIT {

	private static final Instant NOW = Instant.parse("2027-03-01T02:00:00Z");

	private static final Duration WINDOW = Duration.ofMinutes(10);

	@Autowired
	MongoTemplate mongo;

	private final String text = "活动室周末不开门 " + UUID.randomUUID();

	@Test
	void theSameSubmissionFromTheSameClientWithinTheWindowIsRefusedNamingTheFirstReceipt() {
		Claim first = guardAt(NOW).claim("ticket", "10.0.0.7", "prj-1", this.text);
		guardAt(NOW).accepted(first, "RCPT-1");

		assertThatThrownBy(() -> guardAt(NOW.plusSeconds(5)).claim("ticket", "10.0.0.7", "prj-1", this.text))
			.isInstanceOfSatisfying(ProblemException.class, (refused) -> {
				assertThat(refused.rule()).isEqualTo("duplicate-submission");
				assertThat(refused.getMessage()).contains("RCPT-1");
			});
	}

	@Test
	void anotherClientOrAnotherTextIsNotARepeat() {
		guardAt(NOW).claim("ticket", "10.0.0.7", "prj-1", this.text);

		assertThat(guardAt(NOW).claim("ticket", "10.0.0.8", "prj-1", this.text)).isNotNull();
		assertThat(guardAt(NOW).claim("ticket", "10.0.0.7", "prj-1", this.text + "，而且很吵")).isNotNull();
		assertThat(guardAt(NOW).claim("survey", "10.0.0.7", "prj-1", this.text)).isNotNull();
	}

	@Test
	void onceTheWindowHasPassedTheSameSubmissionIsTakenAgain() {
		Claim first = guardAt(NOW).claim("ticket", "10.0.0.7", "prj-1", this.text);
		guardAt(NOW).accepted(first, "RCPT-1");

		assertThat(guardAt(NOW.plus(WINDOW).plusSeconds(1)).claim("ticket", "10.0.0.7", "prj-1", this.text))
			.isEqualTo(first);
	}

	@Test
	void aSubmissionThatCouldNotBeStoredIsNeverHeldAgainstTheResident() {
		Claim failed = guardAt(NOW).claim("ticket", "10.0.0.7", "prj-1", this.text);
		guardAt(NOW).abandon(failed);

		assertThat(guardAt(NOW.plusSeconds(1)).claim("ticket", "10.0.0.7", "prj-1", this.text)).isEqualTo(failed);
	}

	@Test
	void aClaimLeftWithoutReceiptByACrashIsTakenOverAfterHalfAMinuteButNotBefore() {
		guardAt(NOW).claim("ticket", "10.0.0.7", "prj-1", this.text);

		assertThatThrownBy(() -> guardAt(NOW.plusSeconds(29)).claim("ticket", "10.0.0.7", "prj-1", this.text))
			.isInstanceOf(ProblemException.class);
		assertThat(guardAt(NOW.plusSeconds(31)).claim("ticket", "10.0.0.7", "prj-1", this.text)).isNotNull();
	}

	@Test
	void expiredFingerprintsAreForgotten() {
		guardAt(NOW).claim("ticket", "10.0.0.7", "prj-1", this.text);

		assertThat(guardAt(NOW.plus(WINDOW).plusSeconds(1)).forgetExpired()).isPositive();
	}

	private SubmissionGuard guardAt(Instant now) {
		return new SubmissionGuard(this.mongo, Clock.fixed(now, ZoneOffset.UTC), WINDOW);
	}

}
