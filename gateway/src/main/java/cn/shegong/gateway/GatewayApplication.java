package cn.shegong.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * gateway: the one door for people. It signs browsers in with Keycloak, checks tokens and
 * coarse roles, and routes {@code /api/<service>/**} to the services behind circuit
 * breakers; the services still check every token and every fine-grained rule themselves.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

	public static void main(String[] args) {
		SpringApplication.run(GatewayApplication.class, args);
	}

}
