package cn.shegong.talent.importing.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import cn.shegong.platform.problem.ProblemCatalog;
import cn.shegong.talent.importing.application.ImportFileTooLargeException;

/**
 * Names an oversized upload {@code import-file-too-large}, whether the container's
 * multipart limit caught it before any controller ran or the import's own check did.
 * Imports are this service's only uploads, so the container's refusal is about them. Runs
 * before the platform's catch-all, which would answer a bare 413.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ImportUploadLimits {

	private final ProblemCatalog catalog;

	ImportUploadLimits(ProblemCatalog catalog) {
		this.catalog = catalog;
	}

	@ExceptionHandler({ MaxUploadSizeExceededException.class, ImportFileTooLargeException.class })
	ResponseEntity<ProblemDetail> tooLarge(Exception ex, HttpServletRequest request) {
		ProblemDetail problem = this.catalog.problem(HttpStatus.PAYLOAD_TOO_LARGE, "import-file-too-large",
				"The file is larger than an import may be; split it into several files", new Object[0],
				(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null) ? request.getLocale()
						: ProblemCatalog.DEFAULT_LOCALE);
		return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
