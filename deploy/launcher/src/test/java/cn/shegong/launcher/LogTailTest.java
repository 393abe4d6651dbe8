package cn.shegong.launcher;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class LogTailTest {

	@TempDir
	Path temp;

	@Test
	void onlyTheLastLinesOfALogAreQuoted() throws Exception {
		Path log = Files.writeString(this.temp.resolve("part.log"), "one\ntwo\nthree\nfour\n");

		assertThat(LogTail.lastLines(log, 2)).isEqualTo("; its last lines:\n    three\n    four");
	}

	@Test
	void aMissingLogQuotesNothing() {
		assertThat(LogTail.lastLines(this.temp.resolve("missing.log"), 5)).isEmpty();
	}

}
