package cn.shegong.launcher.part;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small file chores of the parts: write a config, read a log from the last start on. */
final class SuiteLayoutFiles {

	/** The line the launcher writes into a part's log just before it starts it. */
	static final String START_MARK = "=== ./suite starts this part ===";

	private SuiteLayoutFiles() {
	}

	static void write(Path file, String content) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, content, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Whether the log, after the last start mark, holds the text. Reads at most the last
	 * 4 MiB.
	 */
	static boolean logSinceLastStartContains(Path log, String text) {
		try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
			long from = Math.max(0, file.length() - 4 * 1024 * 1024);
			byte[] tail = new byte[(int) (file.length() - from)];
			file.seek(from);
			file.readFully(tail);
			String content = new String(tail, StandardCharsets.UTF_8);
			int lastStart = content.lastIndexOf(START_MARK);
			return content.indexOf(text, Math.max(lastStart, 0)) >= 0;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
