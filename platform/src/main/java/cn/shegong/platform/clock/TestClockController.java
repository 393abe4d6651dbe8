package cn.shegong.platform.clock;

import java.time.Duration;
import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.shegong.platform.problem.ProblemException;

/**
 * Moves the service's clock forward, for end-to-end tests that must let a challenge
 * window pass or a certificate lapse. Exists only under the {@code test-clock} profile;
 * without it the path is not found.
 */
@RestController
@RequestMapping("${shegong.security.api-prefix}/test-clock")
class TestClockController {

	private final MovableClock clock;

	private final ApplicationEventPublisher events;

	TestClockController(MovableClock clock, ApplicationEventPublisher events) {
		this.clock = clock;
		this.events = events;
	}

	@GetMapping
	@PreAuthorize("hasRole('admin')")
	ClockView read() {
		return new ClockView(this.clock.instant(), this.clock.offset());
	}

	@PostMapping("/advance")
	@PreAuthorize("hasRole('admin')")
	ClockView advance(@Valid @RequestBody Advance advance) {
		if (advance.by().isNegative() || advance.by().isZero()) {
			throw ProblemException.ruleViolated("test-clock-moves-forward-only",
					"The test clock only moves forward; " + advance.by() + " is not forward", advance.by());
		}
		Instant from = this.clock.instant();
		Instant to = this.clock.advance(advance.by());
		// Synchronous: the checks that the move makes due have run when the caller hears
		// back, so a test reads their results without waiting for a timer.
		this.events.publishEvent(new ClockMoved(from, to));
		return read();
	}

	/**
	 * @param by an ISO-8601 duration such as {@code P8D} or {@code PT36H}
	 */
	record Advance(@NotNull Duration by) {
	}

	record ClockView(Instant now, Duration offset) {
	}

}
