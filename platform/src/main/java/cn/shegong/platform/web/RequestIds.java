package cn.shegong.platform.web;

import java.util.UUID;
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
		return (incoming != null && ACCEPTABLE.matcher(incoming).matches()) ? incoming : UUID.randomUUID().toString();
	}

}
