package cn.shegong.feedback.intake;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who sent an anonymous request, as far as the service can tell: the first address in
 * {@code X-Forwarded-For}, which the gateway sets, else the connection's peer. Used only
 * to tell repeats apart; never stored in the clear or logged.
 */
public final class ClientAddress {

	private ClientAddress() {
	}

	public static String of(HttpServletRequest request) {
		String forwarded = request.getHeader("X-Forwarded-For");
		if (forwarded != null && !forwarded.isBlank()) {
			return forwarded.split(",")[0].strip();
		}
		return request.getRemoteAddr();
	}

}
