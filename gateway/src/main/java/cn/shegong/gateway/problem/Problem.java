package cn.shegong.gateway.problem;

import java.net.URI;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem body in the shape the services use, so a client reads the gateway's
 * refusals exactly like a service's.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(URI type, String title, int status, String detail, String rule, String requestId) {

}
