package cn.shegong.gateway.resilience;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import cn.shegong.gateway.problem.Problem;
import cn.shegong.gateway.problem.ProblemCatalog;
import cn.shegong.gateway.requestid.RequestIds;

/**
 * Where a route's circuit breaker forwards a call that failed, timed out, found the
 * circuit open or the bulkhead full: the caller gets a 503 problem naming the service and
 * the reason, instead of a 500 with a stack trace. Answers from the services themselves,
 * errors included, never come here.
 */
@RestController
class FallbackController {

	private static final Logger log = LoggerFactory.getLogger(FallbackController.class);

	private static final Set<String> SERVICES = Set.of("procurement", "evaluation", "feedback", "talent");

	private final ProblemCatalog catalog;

	private final CircuitBreakerRegistry circuitBreakers;

	FallbackController(ProblemCatalog catalog, CircuitBreakerRegistry circuitBreakers) {
		this.catalog = catalog;
		this.circuitBreakers = circuitBreakers;
	}

	@RequestMapping("/fallback/{service}")
	ResponseEntity<Problem> serviceUnavailable(@PathVariable String service, ServerWebExchange exchange) {
		Throwable error = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
		Unavailability reason = Unavailability.of(error);
		Optional<Long> retryAfter = Unavailability.find(error, CallNotPermittedException.class)
			.map(this::retryAfterSeconds);
		// One line, no stack trace: an unavailable backend is an expected condition here.
		// Not
		// "service" as the key: ECS logs use that name for the gateway itself.
		log.atWarn()
			.addKeyValue("requestId", RequestIds.of(exchange))
			.addKeyValue("backend", service)
			.addKeyValue("reason", reason.name())
			.log("{} unavailable: {}", service, (error != null) ? error.toString() : "no error recorded");
		Locale locale = ProblemCatalog.localeOf(exchange);
		String serviceName = this.catalog.message("service." + (SERVICES.contains(service) ? service : "unknown"),
				locale);
		Problem problem = this.catalog.problemWithDetail(exchange, HttpStatus.SERVICE_UNAVAILABLE,
				"service-unavailable", reason.detailCode(), serviceName, retryAfter.orElse(0L));
		ResponseEntity.BodyBuilder response = ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		retryAfter.ifPresent((seconds) -> response.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)));
		return response.body(problem);
	}

	/**
	 * The whole open-state wait, rounded up: an upper bound, which is what a client
	 * needs.
	 */
	private long retryAfterSeconds(CallNotPermittedException open) {
		return this.circuitBreakers.find(open.getCausingCircuitBreakerName())
			.map((breaker) -> breaker.getCircuitBreakerConfig().getWaitIntervalFunctionInOpenState().apply(1))
			.map((millis) -> Math.max(1L, (millis + 999) / 1000))
			.orElse(1L);
	}

}
