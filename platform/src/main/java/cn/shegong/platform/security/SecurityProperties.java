package cn.shegong.platform.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** What a service serves and what of it needs no sign-in. */
@ConfigurationProperties("shegong.security")
public class SecurityProperties {

	/**
	 * The path every endpoint of this service lives under, e.g. {@code /api/procurement}.
	 */
	private String apiPrefix;

	/**
	 * Ant-style paths anyone may read without a token (public disclosure, residents'
	 * intake).
	 */
	private List<String> publicPaths = new ArrayList<>();

	public String getApiPrefix() {
		return this.apiPrefix;
	}

	public void setApiPrefix(String apiPrefix) {
		this.apiPrefix = apiPrefix;
	}

	public List<String> getPublicPaths() {
		return this.publicPaths;
	}

	public void setPublicPaths(List<String> publicPaths) {
		this.publicPaths = publicPaths;
	}

}
