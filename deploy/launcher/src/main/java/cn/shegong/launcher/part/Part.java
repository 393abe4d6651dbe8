package cn.shegong.launcher.part;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import cn.shegong.launcher.SuiteLayout;

/** One process of the local platform: how to start it and how to tell that it serves. */
public interface Part {

	String name();

	/** The ports it listens on; the first is the one people use. */
	List<Integer> ports();

	/** What to print for people: where it answers. */
	String url();

	/** Infrastructure starts first; services need it to be healthy. */
	Stage stage();

	Duration startTimeout();

	/**
	 * Work before the first start or each start: unpack, format storage, check a jar was
	 * built.
	 */
	void prepare(SuiteLayout layout);

	List<String> command(SuiteLayout layout);

	Map<String, String> environment(SuiteLayout layout);

	boolean isHealthy(SuiteLayout layout);

	/**
	 * What the part runs from, if the build makes it: a running part older than it is
	 * restarted by up.
	 */
	default java.util.Optional<java.nio.file.Path> artifact(SuiteLayout layout) {
		return java.util.Optional.empty();
	}

	enum Stage {

		INFRASTRUCTURE, SERVICE

	}

}
