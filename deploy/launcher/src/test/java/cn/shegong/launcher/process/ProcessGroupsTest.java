package cn.shegong.launcher.process;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ProcessGroupsTest {

	@TempDir
	Path temp;

	private long group;

	@AfterEach
	void stopWhatTheTestStarted() {
		if (this.group > 0) {
			ProcessGroups.stop(this.group, Duration.ofSeconds(5));
		}
	}

	@Test
	void spawnedPartRunsInAGroupOfItsOwnThatCarriesItsMarker() throws Exception {
		this.group = spawnSleeper("sleeper");

		await().atMost(Duration.ofSeconds(5)).until(() -> ProcessGroups.members(this.group).size() == 2);
		assertThat(ProcessGroups.belongsTo(this.group, "sleeper")).isTrue();
		assertThat(ProcessGroups.belongsTo(this.group, "kafka")).isFalse();
		assertThat(ProcessGroups.residentBytes(this.group)).isPositive();
	}

	@Test
	void stoppingAGroupStopsEverythingItForked() throws Exception {
		this.group = spawnSleeper("sleeper");
		await().atMost(Duration.ofSeconds(5)).until(() -> ProcessGroups.members(this.group).size() == 2);

		ProcessGroups.stop(this.group, Duration.ofSeconds(5));

		assertThat(ProcessGroups.members(this.group)).isEmpty();
		assertThat(ProcessGroups.belongsTo(this.group, "sleeper")).isFalse();
	}

	@Test
	void aGroupIsAliveFromTheMomentItIsSpawnedUntilItIsStopped() {
		this.group = spawnSleeper("sleeper");

		// Asked at once, before the child may have called setsid(): still alive.
		assertThat(ProcessGroups.isAlive(this.group)).isTrue();
		ProcessGroups.stop(this.group, Duration.ofSeconds(5));
		await().atMost(Duration.ofSeconds(5)).until(() -> !ProcessGroups.isAlive(this.group));
	}

	@Test
	void aProcessThatIsNotOursIsNeverTakenForAPart() {
		long self = ProcessHandle.current().pid();

		assertThat(ProcessGroups.belongsTo(self, "kafka")).isFalse();
	}

	@Test
	void pidFileThatDoesNotHoldANumberReadsAsNoProcess() throws Exception {
		Path pidFile = Files.writeString(this.temp.resolve("x.pid"), "not a pid");

		assertThat(ProcessGroups.readPid(pidFile)).isEmpty();
		assertThat(ProcessGroups.readPid(this.temp.resolve("missing.pid"))).isEmpty();
	}

	/**
	 * A shell that stays alive with a child, its marker as $0, as a part's JVM carries
	 * it.
	 */
	private long spawnSleeper(String part) {
		return ProcessGroups.spawn(List.of("bash", "-c", "sleep 60; true", ProcessGroups.MARKER + part), Map.of(),
				this.temp.resolve(part + ".log"));
	}

}
