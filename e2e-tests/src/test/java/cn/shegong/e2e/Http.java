package cn.shegong.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plain HTTP as a browser-less client sends it: what people and scripts do through the
 * gateway.
 */
final class Http {

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	static final JsonMapper JSON = JsonMapper.builder().build();

	private Http() {
	}

	static Response get(String url, String token, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.build());
	}

	/**
	 * A JSON body sent through the gateway by a signed-in user, or anonymously (null).
	 */
	static Response post(String path, String user, String json) {
		return sendJson("POST", path, user, json);
	}

	static Response put(String path, String user, String json) {
		return sendJson("PUT", path, user, json);
	}

	/**
	 * A GET through the gateway as a signed-in user, or anonymously when user is null.
	 */
	static Response getAs(String path, String user) {
		return get(LocalPlatform.GATEWAY + path, (user != null) ? KeycloakTokens.of(user) : null, new String[0]);
	}

	/**
	 * A file uploaded as multipart/form-data field {@code file}, as a browser sends it.
	 */
	static Response upload(String path, String user, String fileName, byte[] content) {
		String boundary = "----shegong" + java.util.UUID.randomUUID();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(URI.create(LocalPlatform.GATEWAY + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + KeycloakTokens.of(user))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	/** A JSON body as a signed-in user, or anonymously when user is null. */
	private static Response sendJson(String method, String path, String user, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(LocalPlatform.GATEWAY + path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json));
		if (user != null) {
			request.header("Authorization", "Bearer " + KeycloakTokens.of(user));
		}
		return send(request.build());
	}

	static Response postForm(String url, String form) {
		return send(HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
	}

	private static Response send(HttpRequest request) {
		try {
			HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(),
					response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("X-Request-Id").orElse(""),
					response.headers().firstValue("Retry-After").orElse(""));
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

	record Response(int status, String body, String contentType, String requestId, String retryAfter) {

		JsonNode json() {
			return JSON.readTree(this.body);
		}

		boolean isProblem() {
			return this.contentType.startsWith("application/problem+json");
		}

	}

}
