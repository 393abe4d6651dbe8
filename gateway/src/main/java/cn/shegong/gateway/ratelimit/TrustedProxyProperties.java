package cn.shegong.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether the gateway sits behind proxies that set {@code X-Forwarded-For} honestly. Off
 * by default: anyone can send that header, and a client who picks its own address escapes
 * any per-client limit.
 *
 * @param enabled trust {@code X-Forwarded-For} at all
 * @param hops how many proxies in front of the gateway append to it
 */
@ConfigurationProperties("shegong.gateway.trusted-proxy")
public record TrustedProxyProperties(@DefaultValue("false") boolean enabled, @DefaultValue("1") int hops) {

}
