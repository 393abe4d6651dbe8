package cn.shegong.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

import cn.shegong.launcher.part.Part;
import cn.shegong.launcher.part.Parts;
import cn.shegong.launcher.process.ProcessGroups;
import cn.shegong.launcher.process.Probes;

/**
 * The local platform as a whole: starts the parts that are not running yet
 * (infrastructure first), waits until each is healthy, and stops exactly the process
 * groups it started. Used by {@code ./suite} and by the end-to-end tests.
 */
public final class Suite {

	private static final Duration STOP_GRACE = Duration.ofSeconds(30);

	private final SuiteLayout layout;

	public Suite(SuiteLayout layout) {
		this.layout = layout;
	}

	/**
	 * Starts the named parts (all when none are named) that are not running yet.
	 * @return the parts this call started, in start order
	 */
	public List<String> up(Collection<String> names) {
		requireJava17();
		List<Part> wanted = select(names);
		List<String> started = new ArrayList<>();
		for (Part.Stage stage : Part.Stage.values()) {
			List<Part> inStage = wanted.stream().filter((part) -> part.stage() == stage).toList();
			java.util.Map<Part, Long> groups = new java.util.LinkedHashMap<>();
			for (Part part : inStage) {
				OptionalLong running = runningGroup(part);
				if (running.isPresent() && runsAnOlderBuild(part, running.getAsLong())) {
					System.out.println("Restarting " + part.name() + ": it was rebuilt since it started");
					ProcessGroups.stop(running.getAsLong(), STOP_GRACE);
					running = OptionalLong.empty();
				}
				if (running.isPresent()) {
					groups.put(part, running.getAsLong());
				}
				else {
					groups.put(part, start(part));
					started.add(part.name());
				}
			}
			groups.forEach(this::awaitHealthy);
		}
		return started;
	}

	/**
	 * Starts one part that is not among the platform's own (a test's private broker, say)
	 * and waits for it.
	 */
	public void upPart(Part part) {
		OptionalLong running = runningGroup(part);
		awaitHealthy(part, running.isPresent() ? running.getAsLong() : start(part));
	}

	/**
	 * Deletes the data of one part that is not running, e.g. a test's private broker
	 * between runs.
	 */
	public void wipe(Part part) {
		if (runningGroup(part).isPresent()) {
			throw new SuiteException(part.name() + " is running; stop it before wiping its data");
		}
		try {
			deleteTree(this.layout.dataOf(part.name()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Stops one part started with {@link #upPart}. */
	public void downPart(Part part) {
		runningGroup(part).ifPresent((group) -> ProcessGroups.stop(group, STOP_GRACE));
		deleteQuietly(this.layout.pidFileOf(part.name()));
	}

	/**
	 * Stops the named parts (all when none are named), services before infrastructure.
	 */
	public List<String> down(Collection<String> names) {
		if (names.isEmpty()) {
			throw new IllegalArgumentException("name the parts to stop, or call downAll()");
		}
		return stop(select(names));
	}

	/** Stops every part of the platform that runs, services before infrastructure. */
	public List<String> downAll() {
		return stop(Parts.all());
	}

	private List<String> stop(List<Part> parts) {
		List<Part> wanted = new ArrayList<>(parts);
		java.util.Collections.reverse(wanted);
		List<String> stopped = new ArrayList<>();
		for (Part part : wanted) {
			OptionalLong group = runningGroup(part);
			if (group.isPresent()) {
				ProcessGroups.stop(group.getAsLong(), STOP_GRACE);
				stopped.add(part.name());
			}
			deleteQuietly(this.layout.pidFileOf(part.name()));
		}
		return stopped;
	}

	public List<PartStatus> status() {
		return Parts.all().stream().map(this::statusOf).toList();
	}

	public PartStatus statusOf(Part part) {
		OptionalLong group = runningGroup(part);
		if (group.isEmpty()) {
			return new PartStatus(part.name(), PartStatus.State.STOPPED, part.url(), 0, 0);
		}
		long pid = group.getAsLong();
		PartStatus.State state = part.isHealthy(this.layout) ? PartStatus.State.HEALTHY : PartStatus.State.STARTING;
		return new PartStatus(part.name(), state, part.url(), pid, ProcessGroups.residentBytes(pid));
	}

	/**
	 * Wipes the local data of every part. Refused while anything runs, so nothing is
	 * pulled from under it.
	 */
	public void reset() {
		List<String> running = status().stream()
			.filter((status) -> status.state() != PartStatus.State.STOPPED)
			.map(PartStatus::name)
			.toList();
		if (!running.isEmpty()) {
			throw new SuiteException("still running: " + String.join(", ", running) + "; run ./suite down first");
		}
		try {
			deleteTree(this.layout.dataOf("store"));
			deleteTree(this.layout.dataOf("kafka"));
			deleteTree(this.layout.suiteHome().resolve("logs"));
			// Keep the unpacked Keycloak (and its one-time build); drop its database and
			// realm fingerprint.
			try (Stream<Path> distributions = list(this.layout.dataOf("keycloak"))) {
				for (Path distribution : distributions.toList()) {
					deleteTree(distribution.resolve("data/h2"));
				}
			}
			deleteTree(this.layout.dataOf("keycloak").resolve("realm.sha256"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Makes a running part hang (SIGSTOP) or go on (SIGCONT): how tests prove time
	 * limits.
	 */
	public void freeze(String name, boolean frozen) {
		Part part = Parts.named(name).orElseThrow(() -> new SuiteException("no part named " + name));
		OptionalLong group = runningGroup(part);
		if (group.isEmpty()) {
			throw new SuiteException(name + " is not running");
		}
		ProcessGroups.signal(group.getAsLong(), frozen ? "STOP" : "CONT");
	}

	public Path logOf(String name) {
		return this.layout.logOf(name);
	}

	/**
	 * @return the id of the new process group
	 */
	private long start(Part part) {
		for (int port : part.ports()) {
			if (!Probes.isFree(port)) {
				throw new SuiteException("port " + port + " that " + part.name()
						+ " needs is already in use by another program; stop that program or free the port");
			}
		}
		SuiteLayout.createDirectories(this.layout.logOf(part.name()).getParent());
		SuiteLayout.createDirectories(this.layout.pidFileOf(part.name()).getParent());
		appendStartMark(part);
		part.prepare(this.layout);
		long group = ProcessGroups.spawn(part.command(this.layout), part.environment(this.layout),
				this.layout.logOf(part.name()));
		try {
			Files.writeString(this.layout.pidFileOf(part.name()), Long.toString(group));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return group;
	}

	private void awaitHealthy(Part part, long group) {
		long deadline = System.nanoTime() + part.startTimeout().toNanos();
		while (System.nanoTime() < deadline) {
			if (part.isHealthy(this.layout)) {
				return;
			}
			// Liveness, not the marker: while setsid execs into java the command line
			// reads empty for a moment.
			if (!ProcessGroups.isAlive(group)) {
				throw new SuiteException(part.name() + " exited during start-up; see " + this.layout.logOf(part.name())
						+ LogTail.lastLines(this.layout.logOf(part.name()), 15));
			}
			pause();
		}
		throw new SuiteException(part.name() + " did not become healthy within " + part.startTimeout().toSeconds()
				+ " s; see " + this.layout.logOf(part.name()));
	}

	private boolean runsAnOlderBuild(Part part, long group) {
		java.util.Optional<java.time.Instant> startedAt = ProcessHandle.of(group)
			.flatMap((process) -> process.info().startInstant());
		java.util.Optional<Path> artifact = part.artifact(this.layout).filter(Files::exists);
		if (startedAt.isEmpty() || artifact.isEmpty()) {
			return false;
		}
		try {
			return Files.getLastModifiedTime(artifact.get()).toInstant().isAfter(startedAt.get());
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * The part's process group, if the pid file names one that is alive and really is
	 * this part.
	 */
	private OptionalLong runningGroup(Part part) {
		Path pidFile = this.layout.pidFileOf(part.name());
		OptionalLong group = ProcessGroups.readPid(pidFile);
		if (group.isPresent() && ProcessGroups.belongsTo(group.getAsLong(), part.name())) {
			return group;
		}
		deleteQuietly(pidFile);
		return OptionalLong.empty();
	}

	private List<Part> select(Collection<String> names) {
		if (names.isEmpty()) {
			return Parts.all();
		}
		List<Part> selected = new ArrayList<>();
		for (Part part : Parts.all()) {
			if (names.contains(part.name())) {
				selected.add(part);
			}
		}
		for (String name : names) {
			if (Parts.named(name).isEmpty()) {
				throw new SuiteException("no part named " + name + "; the parts are: "
						+ String.join(", ", Parts.all().stream().map(Part::name).toList()));
			}
		}
		return selected;
	}

	private void appendStartMark(Part part) {
		try {
			Files.writeString(this.layout.logOf(part.name()),
					System.lineSeparator() + "=== ./suite starts this part ===" + System.lineSeparator(),
					java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void requireJava17() {
		int feature = Runtime.version().feature();
		if (feature < 17) {
			throw new SuiteException("Java " + feature + " is too old: the platform needs JDK 17 or newer");
		}
	}

	private static Stream<Path> list(Path folder) throws IOException {
		return Files.isDirectory(folder) ? Files.list(folder) : Stream.empty();
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// A stale pid file that cannot be removed is harmless: the marker check
			// ignores it.
		}
	}

	private static void pause() {
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SuiteException("interrupted while waiting for the platform");
		}
	}

}
