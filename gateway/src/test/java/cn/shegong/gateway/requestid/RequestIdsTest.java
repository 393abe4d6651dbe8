package cn.shegong.gateway.requestid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdsTest {

	@ParameterizedTest
	@ValueSource(strings = { "abcd1234", "req-2026.11.22_0001",
			"0123456789012345678901234567890123456789012345678901234567890123" })
	void anIdThatLooksLikeOneIsKept(String incoming) {
		assertThat(RequestIds.acceptOrCreate(incoming)).isEqualTo(incoming);
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "short12", "01234567890123456789012345678901234567890123456789012345678901234",
			"has space1", "line\nbreak1", "quote\"inside", "中文请求编号12345", "${jndi:x}" })
	void anythingElseIsReplacedByAFreshUuid(String incoming) {
		String id = RequestIds.acceptOrCreate(incoming);

		assertThat(id).isNotEqualTo(incoming).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
		assertThat(RequestIds.isAcceptable(id)).isTrue();
	}

	@Test
	void eachFreshIdIsNew() {
		assertThat(RequestIds.acceptOrCreate(null)).isNotEqualTo(RequestIds.acceptOrCreate(null));
	}

}
