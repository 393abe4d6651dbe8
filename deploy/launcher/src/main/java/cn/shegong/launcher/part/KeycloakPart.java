package cn.shegong.launcher.part;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import cn.shegong.launcher.SuiteException;
import cn.shegong.launcher.SuiteLayout;
import cn.shegong.launcher.process.Probes;
import cn.shegong.launcher.process.ProcessGroups;

/**
 * A real Keycloak in dev mode, from the distribution zip Maven fetched from Maven
 * Central, unpacked once into .suite/keycloak (its one-time build stays there too).
 * Keycloak imports a realm only when the realm does not exist yet, so when
 * deploy/keycloak/shegong-realm.json changes, the dev database is dropped and the realm
 * imported afresh.
 */
final class KeycloakPart implements Part {

	static final int PORT = 8180;

	static final String REALM = "shegong";

	@Override
	public String name() {
		return "keycloak";
	}

	@Override
	public List<Integer> ports() {
		return List.of(PORT);
	}

	@Override
	public String url() {
		return "http://127.0.0.1:" + PORT + "/realms/" + REALM;
	}

	@Override
	public Stage stage() {
		return Stage.INFRASTRUCTURE;
	}

	@Override
	public Duration startTimeout() {
		// The first start builds Keycloak once (about 40 s here); a busy CI machine can
		// double that.
		return Duration.ofSeconds(300);
	}

	@Override
	public void prepare(SuiteLayout layout) {
		Path distribution = distribution(layout);
		if (!Files.exists(distribution.resolve(".unpacked"))) {
			unpack(layout, distribution);
		}
		importRealmIfChanged(layout, distribution);
	}

	static Path distribution(SuiteLayout layout) {
		return layout.dataOf("keycloak").resolve("keycloak-" + SuiteLayout.buildInfo("keycloak.version"));
	}

	private static void unpack(SuiteLayout layout, Path distribution) {
		Path zip = Path.of(SuiteLayout.buildInfo("keycloak.zip"));
		if (!Files.exists(zip)) {
			throw new SuiteException("the Keycloak distribution is not in the Maven repository (" + zip
					+ "): run ./mvnw package -DskipTests, which downloads it from Maven Central");
		}
		System.out.println("Unpacking Keycloak " + SuiteLayout.buildInfo("keycloak.version") + " into "
				+ distribution.getParent() + " (once)");
		try (ZipFile archive = new ZipFile(zip.toFile())) {
			Enumeration<? extends ZipEntry> entries = archive.entries();
			while (entries.hasMoreElements()) {
				extract(archive, entries.nextElement(), distribution.getParent());
			}
			Files.writeString(distribution.resolve(".unpacked"), zip.toString());
		}
		catch (IOException ex) {
			throw new SuiteException("cannot unpack Keycloak from " + zip + ": " + ex.getMessage(), ex);
		}
	}

	private static void extract(ZipFile archive, ZipEntry entry, Path target) throws IOException {
		Path destination = target.resolve(entry.getName()).normalize();
		if (!destination.startsWith(target)) {
			throw new IOException("zip entry outside the target folder: " + entry.getName());
		}
		if (entry.isDirectory()) {
			Files.createDirectories(destination);
			return;
		}
		Files.createDirectories(destination.getParent());
		try (InputStream in = archive.getInputStream(entry)) {
			Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
		}
		if (entry.getName().endsWith(".sh")) {
			destination.toFile().setExecutable(true);
		}
	}

	private static void importRealmIfChanged(SuiteLayout layout, Path distribution) {
		Path realm = layout.realmFile();
		Path imported = distribution.resolve("data/import/" + REALM + "-realm.json");
		Path fingerprint = layout.dataOf("keycloak").resolve("realm.sha256");
		String current = sha256(realm);
		try {
			boolean changed = !Files.exists(fingerprint) || !Files.readString(fingerprint).equals(current);
			Path database = distribution.resolve("data/h2");
			if (changed && Files.exists(database)) {
				System.out.println("The realm file changed: dropping Keycloak's dev database to import it afresh");
				deleteTree(database);
			}
			Files.createDirectories(imported.getParent());
			Files.copy(realm, imported, StandardCopyOption.REPLACE_EXISTING);
			Files.writeString(fingerprint, current);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public List<String> command(SuiteLayout layout) {
		return List.of(distribution(layout).resolve("bin/kc.sh").toString(), "start-dev", "--http-host=127.0.0.1",
				"--http-port=" + PORT, "--import-realm");
	}

	@Override
	public Map<String, String> environment(SuiteLayout layout) {
		return Map.of("JAVA_HOME", System.getProperty("java.home"), "JAVA_OPTS_APPEND", ProcessGroups.MARKER + name(),
				"KC_BOOTSTRAP_ADMIN_USERNAME", "admin", "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
	}

	@Override
	public boolean isHealthy(SuiteLayout layout) {
		return Probes.answersOk(url() + "/.well-known/openid-configuration");
	}

	static String sha256(Path file) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
