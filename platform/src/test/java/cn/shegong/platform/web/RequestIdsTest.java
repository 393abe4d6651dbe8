package cn.shegong.platform.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdsTest {

	@Test
	void wellFormedIncomingIdIsKept() {
		assertThat(RequestIds.acceptOrCreate("req-0123456789")).isEqualTo("req-0123456789");
	}

	@Test
	void idThatCouldInjectTextIntoLogsIsReplaced() {
		String id = RequestIds.acceptOrCreate("abc\n2026-01-01 ERROR forged line");

		assertThat(id).doesNotContain("\n").hasSize(36);
	}

	@Test
	void missingOrTooShortIdIsCreated() {
		assertThat(RequestIds.acceptOrCreate(null)).hasSize(36);
		assertThat(RequestIds.acceptOrCreate("abc")).hasSize(36);
	}

}
