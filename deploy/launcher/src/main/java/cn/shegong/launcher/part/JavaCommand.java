package cn.shegong.launcher.part;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.shegong.launcher.process.ProcessGroups;

/**
 * A {@code java} command line for a part: the same JDK as the launcher, and the part's
 * marker.
 */
final class JavaCommand {

	private JavaCommand() {
	}

	static List<String> of(String part, List<String> jvmOptions, List<String> arguments) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add(ProcessGroups.MARKER + part);
		command.addAll(jvmOptions);
		command.addAll(arguments);
		return command;
	}

}
