package cn.shegong.talent.worker.web;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.shegong.platform.test.Tokens;
import cn.shegong.talent.worker.model.ResidentIds;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The worker endpoints as the integration tests drive them. */
public final class WorkerApi {

	private final MockMvc mvc;

	public WorkerApi(MockMvc mvc) {
		this.mvc = mvc;
	}

	/**
	 * Records a worker with a fresh resident ID as the agency's HR and returns its id.
	 */
	public String registered(String agencyId) throws Exception {
		String body = register(Tokens.agencyHr(agencyId), "张敏", ResidentIds.fresh()).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	public ResultActions register(RequestPostProcessor caller, String name, String residentId) throws Exception {
		return this.mvc.perform(post("/api/talent/workers").with(caller)
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"name":"%s","residentId":"%s","education":"BACHELOR","yearsOfService":3,"employedSince":"2024-01-01"}"""
						.formatted(name, residentId)));
	}

	public ResultActions correctProfile(RequestPostProcessor caller, String workerId, String body) throws Exception {
		return this.mvc.perform(patch("/api/talent/workers/{id}/profile", workerId).with(caller)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	public ResultActions changeWorkingTime(RequestPostProcessor caller, String workerId, int fteBasisPoints,
			String from, long version) throws Exception {
		return this.mvc.perform(post("/api/talent/workers/{id}/working-time", workerId).with(caller)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"fteBasisPoints\":%d,\"from\":\"%s\",\"reason\":\"shorter hours\",\"version\":%d}"
				.formatted(fteBasisPoints, from, version)));
	}

	public ResultActions move(RequestPostProcessor caller, String workerId, String toAgency, String from, long version)
			throws Exception {
		return this.mvc.perform(post("/api/talent/workers/{id}/employment", workerId).with(caller)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"agencyId\":\"%s\",\"from\":\"%s\",\"version\":%d}".formatted(toAgency, from, version)));
	}

}
