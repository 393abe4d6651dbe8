package cn.shegong.platform.problem;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes 401 and 403 as problem bodies from inside the security filter chain, where no
 * controller advice reaches.
 */
public class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final ProblemCatalog catalog;

	private final JsonMapper json;

	public ProblemResponses(ProblemCatalog catalog, JsonMapper json) {
		this.catalog = catalog;
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		write(response,
				this.catalog.problem(HttpStatus.UNAUTHORIZED, "unauthenticated",
						"This needs a valid access token from the platform's sign-in (Keycloak).", new Object[0],
						localeOf(request)));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		write(response, this.catalog.problem(HttpStatus.FORBIDDEN, "forbidden",
				"Your role or organisation may not do this.", new Object[0], localeOf(request)));
	}

	private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), problem);
	}

	private static Locale localeOf(HttpServletRequest request) {
		return (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null) ? request.getLocale()
				: ProblemCatalog.DEFAULT_LOCALE;
	}

}
