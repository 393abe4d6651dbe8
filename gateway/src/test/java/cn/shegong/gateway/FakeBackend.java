package cn.shegong.gateway;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A service behind the gateway, on a real port. It remembers the headers of each path it
 * served, and misbehaves on request: a path ending in {@code /hang} never answers (until
 * the test run ends), one ending in {@code /hold} waits until the test lets it go.
 */
final class FakeBackend {

	private final HttpServer server;

	private final Map<String, Headers> seen = new ConcurrentHashMap<>();

	private final AtomicInteger held = new AtomicInteger();

	private volatile CountDownLatch holdRelease = new CountDownLatch(1);

	private final CountDownLatch hangRelease = new CountDownLatch(1);

	private FakeBackend() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		this.server.setExecutor(Executors.newCachedThreadPool(FakeBackend::daemon));
		this.server.createContext("/", this::serve);
		this.server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(this.hangRelease::countDown));
	}

	static FakeBackend start() {
		return new FakeBackend();
	}

	/**
	 * A URL where nothing listens: the port was free a moment ago and was closed again.
	 */
	static String stoppedBackendUrl() {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return "http://127.0.0.1:" + socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	Headers headersSeenAt(String path) {
		return this.seen.get(path);
	}

	int held() {
		return this.held.get();
	}

	void releaseHeld() {
		this.holdRelease.countDown();
		this.holdRelease = new CountDownLatch(1);
	}

	private void serve(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			exchange.getRequestBody().readAllBytes();
			this.seen.put(path, exchange.getRequestHeaders());
			if (path.endsWith("/hang")) {
				await(this.hangRelease, 60);
			}
			if (path.endsWith("/hold")) {
				CountDownLatch release = this.holdRelease;
				this.held.incrementAndGet();
				try {
					await(release, 30);
				}
				finally {
					this.held.decrementAndGet();
				}
			}
			byte[] body = ("{\"path\":\"" + path + "\"}").getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
		}
	}

	private static void await(CountDownLatch latch, int seconds) {
		try {
			latch.await(seconds, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static Thread daemon(Runnable runnable) {
		Thread thread = new Thread(runnable, "fake-server");
		thread.setDaemon(true);
		return thread;
	}

}
