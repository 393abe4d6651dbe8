package cn.shegong.platform.web;

import java.net.URI;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import cn.shegong.platform.problem.ProblemCatalog;
import cn.shegong.platform.problem.ProblemDetailsAdvice;
import cn.shegong.platform.problem.ProblemResponses;
import cn.shegong.platform.security.CallerArgumentResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Request ids, problem-details errors and the {@code Caller} parameter for every servlet
 * service.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class WebAutoConfiguration {

	@Bean
	FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
		FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
		// Before the security filters, so that a 401 or 403 carries the request id too.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	ProblemCatalog problemCatalog(
			@Value("${shegong.problems.base-uri:https://shegong.cn/problems/}") URI problemBaseUri) {
		return new ProblemCatalog(problemBaseUri);
	}

	@Bean
	ProblemDetailsAdvice problemDetailsAdvice(ProblemCatalog catalog) {
		return new ProblemDetailsAdvice(catalog);
	}

	@Bean
	ProblemResponses problemResponses(ProblemCatalog catalog, JsonMapper json) {
		return new ProblemResponses(catalog, json);
	}

	@Bean
	WebMvcConfigurer callerParameters() {
		return new WebMvcConfigurer() {
			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(new CallerArgumentResolver());
			}
		};
	}

}
