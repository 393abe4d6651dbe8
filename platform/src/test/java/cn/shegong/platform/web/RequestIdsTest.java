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
	void createdIdIsARandomVersionFourUuid() {
		java.util.UUID id = java.util.UUID.fromString(RequestIds.newId());

		assertThat(id.version()).isEqualTo(4);
		assertThat(id.variant()).isEqualTo(2);
		assertThat(RequestIds.newId()).isNotEqualTo(RequestIds.newId());
	}

	@Test
	void missingOrTooShortIdIsCreated() {
		assertThat(RequestIds.acceptOrCreate(null)).hasSize(36);
		assertThat(RequestIds.acceptOrCreate("abc")).hasSize(36);
	}

}
