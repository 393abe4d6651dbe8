package cn.shegong.launcher.part;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import cn.shegong.launcher.SuiteLayout;
import cn.shegong.launcher.process.Probes;
import cn.shegong.launcher.store.EmbeddedStore;

/**
 * The embedded document store: a MongoDB wire-protocol server over an H2 file in
 * .suite/store.
 */
final class StorePart implements Part {

	static final int PORT = 27017;

	@Override
	public String name() {
		return "store";
	}

	@Override
	public List<Integer> ports() {
		return List.of(PORT);
	}

	@Override
	public String url() {
		return "mongodb://127.0.0.1:" + PORT;
	}

	@Override
	public Stage stage() {
		return Stage.INFRASTRUCTURE;
	}

	@Override
	public Duration startTimeout() {
		return Duration.ofSeconds(60);
	}

	@Override
	public void prepare(SuiteLayout layout) {
		Parts.requireBuilt(layout.launcherClasspath().resolve("launcher.jar"), "the launcher");
	}

	@Override
	public List<String> command(SuiteLayout layout) {
		String classpath = layout.launcherClasspath().resolve("launcher.jar") + ":"
				+ layout.launcherClasspath().resolve("lib") + "/*";
		return JavaCommand.of(name(), List.of("-Xms32m", "-Xmx256m", "-XX:+UseSerialGC", "-cp", classpath),
				List.of(EmbeddedStore.class.getName(), "--port", Integer.toString(PORT), "--file",
						layout.dataOf("store").resolve("store.mv").toString()));
	}

	@Override
	public Map<String, String> environment(SuiteLayout layout) {
		return Map.of();
	}

	@Override
	public boolean isHealthy(SuiteLayout layout) {
		return Probes.accepts(PORT);
	}

}
