package cn.shegong.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where everything of the local platform lives: the checkout it runs from, and the one
 * ignored folder ({@code .suite/}) that holds its data, logs and process ids.
 */
public record SuiteLayout(Path root) {

	public static final String ROOT_PROPERTY = "shegong.root";

	/**
	 * The checkout: from {@code -Dshegong.root}, or the nearest folder above the working
	 * directory holding deploy/launcher.
	 */
	public static SuiteLayout locate() {
		String configured = System.getProperty(ROOT_PROPERTY);
		if (configured != null) {
			return new SuiteLayout(Path.of(configured).toAbsolutePath().normalize());
		}
		Path candidate = Path.of("").toAbsolutePath();
		while (candidate != null) {
			if (Files.isDirectory(candidate.resolve("deploy/launcher"))) {
				return new SuiteLayout(candidate);
			}
			candidate = candidate.getParent();
		}
		throw new SuiteException("cannot find the checkout: run from inside it or set -D" + ROOT_PROPERTY);
	}

	public Path suiteHome() {
		return this.root.resolve(".suite");
	}

	public Path dataOf(String part) {
		return suiteHome().resolve(part);
	}

	public Path logOf(String part) {
		return suiteHome().resolve("logs").resolve(part + ".log");
	}

	public Path pidFileOf(String part) {
		return suiteHome().resolve("run").resolve(part + ".pid");
	}

	public Path moduleJar(String module) {
		return this.root.resolve(module)
			.resolve("target")
			.resolve(module + "-" + buildInfo("project.version") + ".jar");
	}

	public Path launcherClasspath() {
		return this.root.resolve("deploy/launcher/target");
	}

	public Path kafkaLibraries() {
		return this.root.resolve("deploy/kafka-runtime/target/lib");
	}

	public Path realmFile() {
		return this.root.resolve("deploy/keycloak/shegong-realm.json");
	}

	/**
	 * A value the build wrote into launcher.properties (versions, where Maven keeps the
	 * Keycloak zip).
	 */
	public static String buildInfo(String key) {
		Properties properties = new Properties();
		try (InputStream in = SuiteLayout.class.getResourceAsStream("/launcher.properties")) {
			properties.load(in);
		}
		catch (IOException | NullPointerException ex) {
			throw new SuiteException("launcher.properties is missing: build the launcher with ./mvnw package");
		}
		return properties.getProperty(key);
	}

	static void createDirectories(Path directory) {
		try {
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
