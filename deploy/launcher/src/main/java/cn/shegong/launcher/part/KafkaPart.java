package cn.shegong.launcher.part;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import cn.shegong.launcher.SuiteException;
import cn.shegong.launcher.SuiteLayout;
import cn.shegong.launcher.process.Probes;

/**
 * A real Apache Kafka broker in KRaft mode (broker and controller in one JVM), run from
 * the jars that deploy/kafka-runtime gathers from Maven Central. Its storage is formatted
 * once with a fresh cluster id; topics and offsets survive restarts.
 */
public final class KafkaPart implements Part {

	static final int PORT = 9092;

	static final int CONTROLLER_PORT = 9093;

	private final String name;

	private final int port;

	private final int controllerPort;

	KafkaPart() {
		this("kafka", PORT, CONTROLLER_PORT);
	}

	private KafkaPart(String name, int port, int controllerPort) {
		this.name = name;
		this.port = port;
		this.controllerPort = controllerPort;
	}

	/**
	 * A broker of its own, beside the platform's, for tests that stop and restart one.
	 */
	public static KafkaPart standalone(String name, int port, int controllerPort) {
		return new KafkaPart(name, port, controllerPort);
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public List<Integer> ports() {
		return List.of(this.port, this.controllerPort);
	}

	@Override
	public String url() {
		return "127.0.0.1:" + this.port;
	}

	@Override
	public Stage stage() {
		return Stage.INFRASTRUCTURE;
	}

	@Override
	public Duration startTimeout() {
		return Duration.ofSeconds(90);
	}

	@Override
	public void prepare(SuiteLayout layout) {
		Parts.requireBuilt(layout.kafkaLibraries(), "the Kafka broker's jars (deploy/kafka-runtime)");
		Path home = layout.dataOf(this.name);
		SuiteLayoutFiles.write(home.resolve("server.properties"), serverProperties(home.resolve("data")));
		copyResource("/kafka-log4j2.properties", home.resolve("log4j2.properties"));
		if (!Files.exists(home.resolve("data").resolve("meta.properties"))) {
			format(layout, home);
		}
	}

	private void format(SuiteLayout layout, Path home) {
		List<String> command = JavaCommand.of(name() + "-format",
				List.of("-Xmx128m", "-cp", classpath(layout),
						"-Dlog4j2.configurationFile=" + home.resolve("log4j2.properties")),
				List.of("kafka.tools.StorageTool", "format", "-t", clusterId(), "-c",
						home.resolve("server.properties").toString()));
		try {
			Process format = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(layout.logOf(name()).toFile()))
				.start();
			if (format.waitFor() != 0) {
				throw new SuiteException("formatting Kafka's storage failed; see " + layout.logOf(name()));
			}
		}
		catch (IOException ex) {
			throw new SuiteException("cannot run Kafka's storage tool: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SuiteException("interrupted while formatting Kafka's storage", ex);
		}
	}

	/**
	 * Kafka's cluster ids are 16 random bytes in URL-safe base64, never starting with
	 * '-'.
	 */
	static String clusterId() {
		SecureRandom random = new SecureRandom();
		byte[] bytes = new byte[16];
		String id;
		do {
			random.nextBytes(bytes);
			id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		}
		while (id.startsWith("-"));
		return id;
	}

	String serverProperties(Path dataDirectory) {
		return String.join("\n", "# Written by ./suite at every start; edit KafkaPart, not this file.",
				"process.roles=broker,controller", "node.id=1",
				"controller.quorum.voters=1@127.0.0.1:" + this.controllerPort,
				"listeners=PLAINTEXT://127.0.0.1:" + this.port + ",CONTROLLER://127.0.0.1:" + this.controllerPort,
				"advertised.listeners=PLAINTEXT://127.0.0.1:" + this.port, "controller.listener.names=CONTROLLER",
				"inter.broker.listener.name=PLAINTEXT",
				"listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT", "log.dirs=" + dataDirectory,
				"num.partitions=3", "offsets.topic.replication.factor=1", "transaction.state.log.replication.factor=1",
				"transaction.state.log.min.isr=1", "share.coordinator.state.topic.replication.factor=1",
				"share.coordinator.state.topic.min.isr=1", "group.initial.rebalance.delay.ms=0",
				"auto.create.topics.enable=true", "");
	}

	@Override
	public List<String> command(SuiteLayout layout) {
		Path home = layout.dataOf(this.name);
		return JavaCommand.of(name(),
				List.of("-Xms128m", "-Xmx256m", "-XX:+UseSerialGC", "-cp", classpath(layout),
						"-Dlog4j2.configurationFile=" + home.resolve("log4j2.properties")),
				List.of("kafka.Kafka", home.resolve("server.properties").toString()));
	}

	private static String classpath(SuiteLayout layout) {
		return layout.kafkaLibraries() + "/*";
	}

	@Override
	public Map<String, String> environment(SuiteLayout layout) {
		return Map.of();
	}

	@Override
	public boolean isHealthy(SuiteLayout layout) {
		return Probes.accepts(this.port) && Probes.accepts(this.controllerPort)
				&& SuiteLayoutFiles.logSinceLastStartContains(layout.logOf(name()), "Kafka Server started");
	}

	private static void copyResource(String resource, Path target) {
		try (InputStream in = KafkaPart.class.getResourceAsStream(resource)) {
			Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
