package cn.shegong.e2e;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each service's own clock, which the suite runs under the {@code test-clock} profile
 * (docs/adr/0009): read it, and move it forward through the gateway as the platform
 * admin. The services' clocks drift apart as tests move them, and the suite's data
 * outlives a run, so a test takes each date from the clock of the service that judges it.
 */
final class ServiceClocks {

	private static final String ADMIN = "admin.platform";

	private static final ZoneId BUYERS_ZONE = ZoneId.of("Asia/Shanghai");

	private ServiceClocks() {
	}

	/** Now, for the service under {@code /api/<api>}: procurement, talent, … */
	static Instant now(String api) {
		Http.Response clock = Http.getAs("/api/" + api + "/test-clock", ADMIN);
		assertThat(clock.status())
			.as(api + " must run with the test-clock profile, as ./suite starts it: " + clock.body())
			.isEqualTo(200);
		return Instant.parse(clock.json().get("now").asString());
	}

	/** The day it is for that service, in the buyers' zone. */
	static LocalDate today(String api) {
		return LocalDate.ofInstant(now(api), BUYERS_ZONE);
	}

	/**
	 * Moves the service's clock forward; the checks that time triggers there have run
	 * when this returns.
	 */
	static Instant advance(String api, Duration by) {
		Http.Response moved = Http.post("/api/" + api + "/test-clock/advance", ADMIN, "{\"by\":\"" + by + "\"}");
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		return Instant.parse(moved.json().get("now").asString());
	}

	/**
	 * Moves the services' clocks forward to the latest of them, so that a story spanning
	 * them sees one day. Clocks drift apart as tests move them and as restarts reset
	 * them, and none can go back.
	 */
	static Instant together(String... apis) {
		Instant latest = Instant.MIN;
		for (String api : apis) {
			Instant now = now(api);
			latest = now.isAfter(latest) ? now : latest;
		}
		for (String api : apis) {
			Duration behind = Duration.between(now(api), latest);
			if (!behind.isNegative() && !behind.isZero()) {
				advance(api, behind);
			}
		}
		return latest;
	}

}
