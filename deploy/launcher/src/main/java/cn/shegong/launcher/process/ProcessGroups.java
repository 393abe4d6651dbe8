package cn.shegong.launcher.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;

import cn.shegong.launcher.SuiteException;

/**
 * Starts each part of the platform in a process group of its own (via {@code setsid}), so
 * that stopping a part stops everything it forked (Keycloak's shell script and its JVM,
 * for one), and nothing else. Every JVM started carries
 * {@code -Dshegong.suite.part=NAME}: a process id read back from a pid file counts as
 * ours only if its group still holds that marker, so a recycled pid is never killed by
 * mistake. Linux only: it reads {@code /proc}.
 */
public final class ProcessGroups {

	public static final String MARKER = "-Dshegong.suite.part=";

	private ProcessGroups() {
	}

	public static long spawn(List<String> command, Map<String, String> environment, Path log) {
		List<String> inNewSession = new ArrayList<>();
		inNewSession.add("setsid");
		inNewSession.addAll(command);
		ProcessBuilder builder = new ProcessBuilder(inNewSession).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
		builder.environment().putAll(environment);
		try {
			// setsid execs in place (the child is never a group leader), so this pid is
			// the new group's id.
			return builder.start().pid();
		}
		catch (IOException ex) {
			throw new SuiteException("cannot start " + command.get(0) + ": " + ex.getMessage(), ex);
		}
	}

	/** The ids of the live processes whose process group is {@code groupId}. */
	public static List<Long> members(long groupId) {
		List<Long> members = new ArrayList<>();
		try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
			entries.filter((entry) -> entry.getFileName().toString().chars().allMatch(Character::isDigit))
				.forEach((entry) -> {
					long pid = Long.parseLong(entry.getFileName().toString());
					if (groupOf(pid) == groupId) {
						members.add(pid);
					}
				});
		}
		catch (IOException ex) {
			throw new SuiteException("cannot read /proc: " + ex.getMessage(), ex);
		}
		return members;
	}

	/**
	 * Whether the group is alive and one of its processes carries the marker of
	 * {@code part}.
	 */
	public static boolean belongsTo(long groupId, String part) {
		String marker = MARKER + part;
		// While setsid execs into java, a command line reads empty for an instant: look
		// again before saying no.
		for (int look = 0; look < 3; look++) {
			List<Long> members = members(groupId);
			if (members.isEmpty()) {
				return false;
			}
			if (members.stream().anyMatch((pid) -> commandLineOf(pid).contains(marker))) {
				return true;
			}
			pause(Duration.ofMillis(50));
		}
		return false;
	}

	/**
	 * Whether a group just spawned still lives. Its leader is checked by pid as well as
	 * by group: until the child has called {@code setsid()} its group is still ours, so
	 * asking only for members of the new group would report it dead.
	 */
	public static boolean isAlive(long groupId) {
		return ProcessHandle.of(groupId).map(ProcessHandle::isAlive).orElse(false) || !members(groupId).isEmpty();
	}

	/** Resident memory of the whole group, in bytes. */
	public static long residentBytes(long groupId) {
		return members(groupId).stream().mapToLong(ProcessGroups::residentBytesOf).sum();
	}

	/** Asks the group to stop (SIGTERM), and kills what is left after {@code grace}. */
	public static void stop(long groupId, Duration grace) {
		signal(groupId, "TERM");
		long deadline = System.nanoTime() + grace.toNanos();
		while (!members(groupId).isEmpty() && System.nanoTime() < deadline) {
			pause(Duration.ofMillis(200));
		}
		if (!members(groupId).isEmpty()) {
			signal(groupId, "KILL");
		}
	}

	/**
	 * Freezes (STOP) or thaws (CONT) a whole group: how tests make a part hang without
	 * killing it.
	 */
	public static void signal(long groupId, String signal) {
		try {
			new ProcessBuilder("kill", "-" + signal, "--", "-" + groupId).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start()
				.waitFor();
		}
		catch (IOException ex) {
			throw new SuiteException("cannot signal process group " + groupId + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	public static OptionalLong readPid(Path pidFile) {
		try {
			return Files.exists(pidFile) ? OptionalLong.of(Long.parseLong(Files.readString(pidFile).trim()))
					: OptionalLong.empty();
		}
		catch (IOException | NumberFormatException ex) {
			return OptionalLong.empty();
		}
	}

	static long groupOf(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			// The command name in parentheses may hold spaces; the fields after its
			// closing one are fixed.
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return Long.parseLong(fields[2]);
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
	}

	static String commandLineOf(long pid) {
		try {
			return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")),
					StandardCharsets.UTF_8)
				.replace('\0', ' ');
		}
		catch (IOException ex) {
			return "";
		}
	}

	static long residentBytesOf(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			return 0;
		}
		return 0;
	}

	static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
