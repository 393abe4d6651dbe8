package cn.shegong.platform.web;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The request id that ties a person's request to every log line and event it causes. The
 * gateway sets it; a service trusts an incoming id only if it looks like one, so a caller
 * cannot inject text into the logs through the header.
 */
public final class RequestIds {

	public static final String HEADER = "X-Request-Id";

	public static final String MDC_KEY = "requestId";

	private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

	private RequestIds() {
	}

	public static String acceptOrCreate(String incoming) {
		return (incoming != null && ACCEPTABLE.matcher(incoming).matches()) ? incoming : newId();
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
