package cn.shegong.gateway.ratelimit;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.support.ipresolver.RemoteAddressResolver;
import org.springframework.web.server.ServerWebExchange;

/**
 * Names the client a rate limit counts against: its IP address. An IPv6 client is counted
 * by its /64 network, since one subscriber usually holds a whole /64 and could otherwise
 * take a fresh address, and a fresh budget, for every request.
 */
public class ClientAddressKeyResolver implements KeyResolver {

	private final RemoteAddressResolver addresses;

	public ClientAddressKeyResolver(RemoteAddressResolver addresses) {
		this.addresses = addresses;
	}

	@Override
	public Mono<String> resolve(ServerWebExchange exchange) {
		return Mono.justOrEmpty(this.addresses.resolve(exchange)).map(ClientAddressKeyResolver::keyOf);
	}

	static String keyOf(InetSocketAddress client) {
		InetAddress address = client.getAddress();
		if (address == null) {
			return client.getHostString();
		}
		if (address instanceof Inet6Address) {
			byte[] network = Arrays.copyOf(address.getAddress(), 16);
			Arrays.fill(network, 8, 16, (byte) 0);
			return hostAddress(network) + "/64";
		}
		return address.getHostAddress();
	}

	private static String hostAddress(byte[] sixteenBytes) {
		try {
			return InetAddress.getByAddress(sixteenBytes).getHostAddress();
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException("16 bytes are always an IPv6 address", ex);
		}
	}

}
