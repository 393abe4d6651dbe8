package cn.shegong.gateway.requestid;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.springframework.web.server.ServerWebExchange;

/**
 * The request id that ties a person's request to every log line and event it causes. The
 * gateway is where it is born: an incoming id is kept only if it looks like one, so a
 * caller cannot inject text into the logs through the header.
 */
public final class RequestIds {

	public static final String HEADER = "X-Request-Id";

	static final String ATTRIBUTE = RequestIds.class.getName();

	private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

	private RequestIds() {
	}

	public static String acceptOrCreate(String incoming) {
		return isAcceptable(incoming) ? incoming : newId();
	}

	public static boolean isAcceptable(String incoming) {
		return incoming != null && ACCEPTABLE.matcher(incoming).matches();
	}

	/** The id of this exchange, or {@code null} before {@link RequestIdWebFilter} ran. */
	public static String of(ServerWebExchange exchange) {
		return exchange.getAttribute(ATTRIBUTE);
	}

	/**
	 * A random version-4 UUID from ThreadLocalRandom. A request id needs to be unique,
	 * not unguessable, and UUID.randomUUID() reads the shared SecureRandom under a lock
	 * on every request, which showed in profiles of the services under load.
	 */
	static String newId() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long high = (random.nextLong() & ~0xF000L) | 0x4000L;
		long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low).toString();
	}

}
