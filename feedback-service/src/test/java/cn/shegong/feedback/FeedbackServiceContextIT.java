package cn.shegong.feedback;

import org.junit.jupiter.api.Test;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.shegong.platform.test.ServiceContract;
import cn.shegong.platform.test.ServiceIntegrationTest;

@ServiceIntegrationTest
class FeedbackServiceContextIT extends ServiceContract {

	FeedbackServiceContextIT() {
		super("/api/feedback", "feedback.events");
	}

	@Test
	void residentsReadTheChannelsWithoutSigningIn() throws Exception {
		this.mvc.perform(get("/api/feedback/public/channels"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value("ONLINE_FORM"))
			.andExpect(jsonPath("$[0].openToResidents").value(true));
	}

}
