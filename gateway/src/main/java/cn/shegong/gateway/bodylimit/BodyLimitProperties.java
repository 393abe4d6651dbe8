package cn.shegong.gateway.bodylimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param publicMaxBodyBytes the largest body an anonymous caller may send (a plain number
 * means bytes; {@code 64KB} works too)
 */
@ConfigurationProperties("shegong.gateway")
public record BodyLimitProperties(@DefaultValue("64KB") DataSize publicMaxBodyBytes) {

}
