package cn.shegong.platform.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Each service's OpenAPI document ({@code /v3/api-docs}) names the service and says how
 * to call it: with a bearer token from the platform's Keycloak realm.
 */
@AutoConfiguration
@ConditionalOnClass(OpenAPI.class)
public class OpenApiAutoConfiguration {

	static final String BEARER = "keycloak";

	@Bean
	@ConditionalOnMissingBean
	OpenAPI serviceOpenApi(@Value("${spring.application.name}") String service,
			@Value("${shegong.openapi.description:}") String description) {
		return new OpenAPI().info(new Info().title(service).version("v1").description(description))
			.components(new Components().addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.bearerFormat("JWT")
						.description("An access token of the Keycloak realm shegong, e.g. through the gateway.")))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

}
