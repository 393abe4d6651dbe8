package cn.shegong.gateway.problem;

import java.net.URI;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import cn.shegong.gateway.requestid.RequestIds;

/**
 * Turns a rule slug into a {@link Problem}: a stable {@code type} URI under the
 * configured base and a title and detail in the caller's language from
 * {@code gateway-problem-messages}. Chinese is the default; English is served to callers
 * whose {@code Accept-Language} starts with {@code en}.
 */
@Component
public class ProblemCatalog {

	static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

	private final URI baseUri;

	private final MessageSource messages;

	public ProblemCatalog(@Value("${shegong.problems.base-uri:https://shegong.cn/problems/}") URI baseUri) {
		this.baseUri = baseUri;
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("gateway-problem-messages");
		source.setDefaultEncoding("UTF-8");
		// Otherwise a Chinese server would answer English callers from its own locale.
		source.setFallbackToSystemLocale(false);
		this.messages = source;
	}

	/** A problem whose detail is the rule's own message. */
	public Problem problem(ServerWebExchange exchange, HttpStatus status, String rule, Object... detailArguments) {
		return problemWithDetail(exchange, status, rule, "problem." + rule + ".detail", detailArguments);
	}

	/** A problem whose detail is one of several messages the rule has. */
	public Problem problemWithDetail(ServerWebExchange exchange, HttpStatus status, String rule, String detailCode,
			Object... detailArguments) {
		Locale locale = localeOf(exchange);
		return new Problem(this.baseUri.resolve(rule), message("problem." + rule + ".title", locale), status.value(),
				message(detailCode, locale, detailArguments), rule, RequestIds.of(exchange));
	}

	public String message(String code, Locale locale, Object... arguments) {
		try {
			return this.messages.getMessage(code, arguments, locale);
		}
		catch (NoSuchMessageException ex) {
			return code;
		}
	}

	public static Locale localeOf(ServerWebExchange exchange) {
		String accepted = exchange.getRequest().getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE);
		return (accepted != null && accepted.strip().toLowerCase(Locale.ROOT).startsWith("en")) ? Locale.ENGLISH
				: DEFAULT_LOCALE;
	}

}
