package cn.shegong.procurement.registry.web;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.shegong.platform.test.Tokens;

import static cn.shegong.procurement.registry.RegistryFixtures.freshCreditCode;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The agency endpoints as the integration tests drive them. */
final class AgencyApi {

	private final MockMvc mvc;

	AgencyApi(MockMvc mvc) {
		this.mvc = mvc;
	}

	/** Registers an agency in the division as an officer of it, and returns its id. */
	String registered(String division) throws Exception {
		String body = register(Tokens.officer(division), "海宁市某社会工作服务中心", freshCreditCode(division))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	ResultActions register(RequestPostProcessor caller, String name, String creditCode) throws Exception {
		return this.mvc.perform(post("/api/procurement/agencies").with(caller)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"%s\",\"unifiedSocialCreditCode\":\"%s\"}".formatted(name, creditCode)));
	}

	ResultActions grade(RequestPostProcessor caller, String agencyId, String grade, long version) throws Exception {
		return this.mvc.perform(put("/api/procurement/agencies/{id}/grade", agencyId).with(caller)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"grade\":\"%s\",\"assessedOn\":\"2024-06-01\",\"validUntil\":\"2029-05-31\",\"version\":%d}"
				.formatted(grade, version)));
	}

	ResultActions creditStatus(RequestPostProcessor caller, String agencyId, String status, long version)
			throws Exception {
		return this.mvc.perform(put("/api/procurement/agencies/{id}/credit-status", agencyId).with(caller)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"%s\",\"reason\":\"信用中国 notice 2025-17\",\"version\":%d}".formatted(status,
					version)));
	}

}
