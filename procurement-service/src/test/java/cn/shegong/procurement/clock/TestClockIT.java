package cn.shegong.procurement.clock;

import cn.shegong.platform.clock.MovableClock;
import cn.shegong.platform.clock.TestClockAutoConfiguration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.platform.test.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class TestClockIT {

	@Nested
	@ServiceIntegrationTest
	class WithoutTheTestClockProfile {

		@Autowired
		MockMvc mvc;

		@Autowired
		Clock clock;

		@Test
		void theServiceRunsOnTheSystemClockAndHasNoWayToMoveIt() throws Exception {
			assertThat(this.clock).isNotInstanceOf(MovableClock.class);
			this.mvc
				.perform(post("/api/procurement/test-clock/advance")
					.with(Tokens.as("admin.platform", "admin", java.util.Map.of()))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"by\":\"P8D\"}"))
				.andExpect(status().isNotFound());
		}

	}

	@Nested
	@ServiceIntegrationTest
	@ActiveProfiles(TestClockAutoConfiguration.PROFILE)
	class WithTheTestClockProfile {

		@Autowired
		MockMvc mvc;

		@Autowired
		Clock clock;

		@Test
		void anAdminMovesTheServicesClockForward() throws Exception {
			Instant before = this.clock.instant();

			this.mvc
				.perform(post("/api/procurement/test-clock/advance")
					.with(Tokens.as("admin.platform", "admin", java.util.Map.of()))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"by\":\"P8D\"}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.offset").exists());

			assertThat(this.clock.instant()).isAfterOrEqualTo(before.plus(Duration.ofDays(8)));
		}

		@Test
		void noOneButAnAdminMovesIt() throws Exception {
			this.mvc
				.perform(post("/api/procurement/test-clock/advance").with(Tokens.officer("330481"))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"by\":\"P8D\"}"))
				.andExpect(status().isForbidden());
		}

		@Test
		void movingItBackIsRefusedByName() throws Exception {
			this.mvc
				.perform(post("/api/procurement/test-clock/advance")
					.with(Tokens.as("admin.platform", "admin", java.util.Map.of()))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"by\":\"-P1D\"}"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.rule").value("test-clock-moves-forward-only"));
		}

	}

}
