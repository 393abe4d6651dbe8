package cn.shegong.platform.problem;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error a service returns is an {@code application/problem+json} body whose
 * {@code type} names the rule that refused the request. Nothing here leaks a stack trace.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	private final ProblemCatalog catalog;

	public ProblemDetailsAdvice(ProblemCatalog catalog) {
		this.catalog = catalog;
	}

	@ExceptionHandler(ProblemException.class)
	ResponseEntity<ProblemDetail> refused(ProblemException ex, HttpServletRequest request) {
		return respond(this.catalog.problem(ex, localeOf(request)));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> staleVersion(OptimisticLockingFailureException ex, HttpServletRequest request) {
		return respond(this.catalog.problem(HttpStatus.CONFLICT, "stale-version",
				"Someone else changed this record since you read it; read it again and retry.", new Object[0],
				localeOf(request)));
	}

	@ExceptionHandler(DuplicateKeyException.class)
	ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException ex, HttpServletRequest request) {
		return respond(this.catalog.problem(HttpStatus.CONFLICT, "already-exists", "This record already exists.",
				new Object[0], localeOf(request)));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> denied(AccessDeniedException ex, HttpServletRequest request) {
		return respond(this.catalog.problem(HttpStatus.FORBIDDEN, "forbidden",
				"Your role or organisation may not do this.", new Object[0], localeOf(request)));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
		log.error("Unexpected failure of {} {}", request.getMethod(), request.getRequestURI(), ex);
		return respond(this.catalog.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
				"Something went wrong on our side; the request id helps us find it.", new Object[0],
				localeOf(request)));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = this.catalog.problem(HttpStatus.BAD_REQUEST, "invalid-request",
				"Some fields are missing or invalid; see errors.", new Object[0], localeOf(request));
		List<Map<String, Object>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> Map.<String, Object>of("field", error.getField(), "message",
					String.valueOf(error.getDefaultMessage())))
			.toList();
		problem.setProperty("errors", errors);
		return asObject(respond(problem));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return asObject(respond(this.catalog.problem(HttpStatus.BAD_REQUEST, "malformed-request",
				"The request body is not valid JSON of the expected shape.", new Object[0], localeOf(request))));
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (body instanceof ProblemDetail problem && problem.getProperties() == null) {
			HttpStatus status = HttpStatus.valueOf(statusCode.value());
			String rule = slugOf(status);
			ProblemDetail named = this.catalog.problem(status, rule, problem.getDetail(), new Object[0],
					localeOf(request));
			return asObject(respond(named));
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private static String slugOf(HttpStatus status) {
		return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus())
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static ResponseEntity<Object> asObject(ResponseEntity<ProblemDetail> entity) {
		return (ResponseEntity) entity;
	}

	private static Locale localeOf(HttpServletRequest request) {
		return (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null) ? request.getLocale()
				: ProblemCatalog.DEFAULT_LOCALE;
	}

	private static Locale localeOf(WebRequest request) {
		return (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null) ? request.getLocale()
				: ProblemCatalog.DEFAULT_LOCALE;
	}

}
