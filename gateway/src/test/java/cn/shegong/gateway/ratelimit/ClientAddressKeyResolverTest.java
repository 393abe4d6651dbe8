package cn.shegong.gateway.ratelimit;

import java.net.InetSocketAddress;

import org.junit.jupiter.api.Test;

import org.springframework.cloud.gateway.support.ipresolver.RemoteAddressResolver;
import org.springframework.cloud.gateway.support.ipresolver.XForwardedRemoteAddressResolver;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressKeyResolverTest {

	@Test
	void byDefaultAClientCannotChooseItsAddressWithAForwardedHeader() {
		ClientAddressKeyResolver resolver = new ClientAddressKeyResolver(new RemoteAddressResolver() {
		});

		assertThat(resolver.resolve(exchangeFrom("192.0.2.10", "203.0.113.99")).block()).isEqualTo("192.0.2.10");
	}

	@Test
	void behindATrustedProxyTheAddressItAppendedCounts() {
		ClientAddressKeyResolver resolver = new ClientAddressKeyResolver(
				XForwardedRemoteAddressResolver.maxTrustedIndex(1));

		assertThat(resolver.resolve(exchangeFrom("192.0.2.10", "198.51.100.1, 203.0.113.99")).block())
			.isEqualTo("203.0.113.99");
	}

	@Test
	void anIpv6ClientIsCountedByItsSlash64() {
		String one = ClientAddressKeyResolver.keyOf(new InetSocketAddress("2001:db8:1:2:aaaa:bbbb:cccc:dddd", 443));
		String other = ClientAddressKeyResolver.keyOf(new InetSocketAddress("2001:db8:1:2::1", 443));

		assertThat(one).isEqualTo(other).isEqualTo("2001:db8:1:2:0:0:0:0/64");
	}

	private static MockServerWebExchange exchangeFrom(String remoteAddress, String forwardedFor) {
		return MockServerWebExchange.from(MockServerHttpRequest.get("/api/feedback/public/x")
			.remoteAddress(new InetSocketAddress(remoteAddress, 40000))
			.header("X-Forwarded-For", forwardedFor));
	}

}
