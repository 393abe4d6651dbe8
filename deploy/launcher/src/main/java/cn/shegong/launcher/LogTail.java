package cn.shegong.launcher;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The last lines of a part's log, so that a part that died during start-up says why in
 * the error itself (in CI the log is gone once the clone is).
 */
final class LogTail {

	private static final int MAX_BYTES = 16 * 1024;

	private LogTail() {
	}

	/** The last {@code count} lines, each on its own indented line, or nothing. */
	static String lastLines(Path log, int count) {
		try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
			long from = Math.max(0, file.length() - MAX_BYTES);
			byte[] tail = new byte[(int) (file.length() - from)];
			file.seek(from);
			file.readFully(tail);
			List<String> lines = Arrays.asList(new String(tail, StandardCharsets.UTF_8).split("\n"));
			List<String> last = lines.subList(Math.max(0, lines.size() - count), lines.size());
			return last.isEmpty() ? "" : "; its last lines:\n    " + String.join("\n    ", last);
		}
		catch (IOException ex) {
			return "";
		}
	}

}
