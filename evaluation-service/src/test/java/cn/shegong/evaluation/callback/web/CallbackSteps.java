package cn.shegong.evaluation.callback.web;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The callback requests of an evaluation through the web layer, for the tests that need
 * answered callbacks before consolidating.
 */
public final class CallbackSteps {

	private final MockMvc mvc;

	private final String evaluationId;

	public CallbackSteps(MockMvc mvc, String evaluationId) {
		this.mvc = mvc;
		this.evaluationId = evaluationId;
	}

	/**
	 * The agency reports home visits to {@code beneficiaries} people (b-001, …, mobiles
	 * 1380000xxxx) on {@code day}.
	 */
	public ResultActions report(RequestPostProcessor agency, int beneficiaries, LocalDate day) throws Exception {
		return report(agency, IntStream.rangeClosed(1, beneficiaries).mapToObj((i) -> record(i, day)).toList());
	}

	public ResultActions report(RequestPostProcessor agency, List<String> records) throws Exception {
		return post(agency, "/service-records", "{\"records\": [" + String.join(",", records) + "]}");
	}

	public ResultActions draw(RequestPostProcessor token) throws Exception {
		return post(token, "/callbacks/sample", "");
	}

	public ResultActions outcome(RequestPostProcessor evaluator, String beneficiaryId, String result) throws Exception {
		return post(evaluator, "/callbacks/" + beneficiaryId, "{\"result\": \"" + result + "\", \"note\": \"电话回访\"}");
	}

	/** Every sampled beneficiary confirms: the data quality is 100%. */
	public void allConfirmed(RequestPostProcessor agency, RequestPostProcessor evaluator, LocalDate day)
			throws Exception {
		report(agency, 8, day).andExpect(status().isOk());
		String drawn = draw(evaluator).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<String> sampled = JsonPath.read(drawn, "$.sample[*].beneficiaryId");
		for (String beneficiaryId : sampled) {
			outcome(evaluator, beneficiaryId, "CONFIRMED").andExpect(status().isOk());
		}
	}

	public static String record(int beneficiary, LocalDate day) {
		return record("b-%03d".formatted(beneficiary), day.toString(), "1380000%04d".formatted(beneficiary));
	}

	public static String record(String beneficiaryId, String day, String phone) {
		return "{\"beneficiaryId\": \"%s\", \"serviceDate\": \"%s\", \"serviceType\": \"入户探访\", \"summary\": \"独居老人关怀\", \"phone\": \"%s\"}"
			.formatted(beneficiaryId, day, phone);
	}

	private ResultActions post(RequestPostProcessor token, String action, String body) throws Exception {
		var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/evaluation/evaluations/{id}" + action, this.evaluationId)
			.with(token);
		if (!body.isEmpty()) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return this.mvc.perform(request);
	}

}
