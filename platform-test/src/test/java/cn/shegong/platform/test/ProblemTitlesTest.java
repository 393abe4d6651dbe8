package cn.shegong.platform.test;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemTitlesTest {

	@TempDir
	Path sources;

	@Test
	void theRulesASourceRefusesWithAreFoundWhereverTheCallIsWrapped() throws Exception {
		Files.writeString(this.sources.resolve("Rules.java"), """
				class Rules {
					void check() {
						throw ProblemException.ruleViolated("budget-too-high", "detail");
					}
					void other() {
						throw ProblemException
							.conflict(
								"stale-thing", "detail");
					}
					String notARefusal = "not-a-rule";
				}
				""");

		assertThat(ProblemTitles.rulesRefusedIn(this.sources)).containsExactly("budget-too-high", "stale-thing");
	}

}
