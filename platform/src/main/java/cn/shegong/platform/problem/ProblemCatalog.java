package cn.shegong.platform.problem;

import java.net.URI;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.slf4j.MDC;

import cn.shegong.platform.web.RequestIds;

/**
 * Turns a rule slug into an RFC 9457 problem: a stable {@code type} URI under the
 * configured base, and a title and detail in the caller's language from
 * {@code problem-messages} (the service's own rules) and
 * {@code platform-problem-messages} (the shared ones). Chinese is the default language;
 * English is served to callers who ask for it.
 */
public class ProblemCatalog {

	/** The language of callers who do not say which one they read. */
	public static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

	private final URI baseUri;

	private final MessageSource messages;

	public ProblemCatalog(URI baseUri) {
		this.baseUri = baseUri;
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("problem-messages", "platform-problem-messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		this.messages = source;
	}

	public URI typeOf(String rule) {
		return this.baseUri.resolve(rule);
	}

	public ProblemDetail problem(HttpStatus status, String rule, String fallbackDetail, Object[] arguments,
			Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(typeOf(rule));
		problem.setTitle(message("problem." + rule + ".title", null, status.getReasonPhrase(), locale));
		problem.setDetail(message("problem." + rule + ".detail", arguments, fallbackDetail, locale));
		problem.setProperty("rule", rule);
		String requestId = MDC.get(RequestIds.MDC_KEY);
		if (requestId != null) {
			problem.setProperty("requestId", requestId);
		}
		return problem;
	}

	public ProblemDetail problem(ProblemException ex, Locale locale) {
		return problem(statusOf(ex.kind()), ex.rule(), ex.getMessage(), ex.arguments(), locale);
	}

	public static HttpStatus statusOf(ProblemException.Kind kind) {
		return switch (kind) {
			case RULE_VIOLATED -> HttpStatus.UNPROCESSABLE_CONTENT;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case CONFLICT -> HttpStatus.CONFLICT;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
		};
	}

	private String message(String key, Object[] arguments, String fallback, Locale locale) {
		try {
			return this.messages.getMessage(key, arguments, locale);
		}
		catch (NoSuchMessageException ex) {
			return fallback;
		}
	}

}
