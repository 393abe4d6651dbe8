package cn.shegong.talent.tier.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.platform.test.Tokens;
import cn.shegong.talent.worker.web.WorkerApi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceIntegrationTest
class TierIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	@Autowired
	EmbeddedKafkaBroker broker;

	private final String agency = "agency-" + UUID.randomUUID();

	@Test
	void aCertifiedWorkerWithAGoodAppraisalIsPromotedOnceAndTheChangeIsPublished() throws Exception {
		String workerId = certifiedAssistant();
		RequestPostProcessor hr = Tokens.agencyHr(this.agency);
		int lastYear = LocalDate.now(this.clock).getYear() - 1;

		this.mvc.perform(post("/api/talent/workers/{id}/tier-review", workerId).with(hr))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.promoted").value(false))
			.andExpect(jsonPath("$.holdbacks[*].rule").value(hasItem("no-appraisal-yet")));
		appraise(hr, workerId, lastYear).andExpect(status().isOk())
			.andExpect(jsonPath("$.score").value("85.70"))
			.andExpect(jsonPath("$.grade").value("GOOD"));
		appraise(hr, workerId, lastYear).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value(endsWith("appraisal-already-recorded")));
		this.mvc.perform(post("/api/talent/workers/{id}/tier-review", workerId).with(hr))
			.andExpect(jsonPath("$.promoted").value(true))
			.andExpect(jsonPath("$.fromTier").value(1))
			.andExpect(jsonPath("$.toTier").value(2));
		this.mvc.perform(post("/api/talent/workers/{id}/tier-review", workerId).with(hr))
			.andExpect(jsonPath("$.promoted").value(false))
			.andExpect(jsonPath("$.fromTier").value(2))
			.andExpect(jsonPath("$.holdbacks[*].rule").value(hasItem("too-few-years-of-service")));

		ConsumerRecord<String, String> published = tierChangedOf(workerId);
		assertThat(published.value()).contains("\"type\":\"talent.TierChanged\"")
			.contains("\"toTier\":2")
			.contains("\"monthlyAllowanceFen\":40000")
			.contains(this.agency);
	}

	@Test
	void anotherAgencysHrCannotAppraiseOrReviewTheWorker() throws Exception {
		String workerId = certifiedAssistant();
		RequestPostProcessor stranger = Tokens.agencyHr("agency-" + UUID.randomUUID());

		appraise(stranger, workerId, 2024).andExpect(status().isNotFound());
		this.mvc.perform(post("/api/talent/workers/{id}/tier-review", workerId).with(stranger))
			.andExpect(status().isNotFound());
	}

	@Test
	void theAllowanceSheetListsTheAgencysWorkersAtTheirTierForTheMonth() throws Exception {
		String workerId = certifiedAssistant();
		YearMonth month = YearMonth.now(this.clock).minusMonths(1);

		String sheet = this.mvc
			.perform(get("/api/talent/allowances/{month}.csv", month.toString()).with(Tokens.agencyHr(this.agency)))
			.andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getContentType()).startsWith("text/csv"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(sheet).startsWith("\uFEFF工号").contains(workerId + ",张敏,1,300.00,100,").contains("合计");
	}

	@Test
	void aMonthNotWrittenYyyyMmIsRefusedByName() throws Exception {
		this.mvc.perform(get("/api/talent/allowances/{month}.csv", "2025-13").with(Tokens.agencyHr(this.agency)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value(endsWith("allowance-month-invalid")));
	}

	/**
	 * A worker with 3 years of service and an assistant certificate registered a year
	 * ago.
	 */
	private String certifiedAssistant() throws Exception {
		String workerId = new WorkerApi(this.mvc).registered(this.agency);
		LocalDate registeredOn = LocalDate.now(this.clock).minusYears(1);
		this.mvc
			.perform(post("/api/talent/workers/{id}/certificates", workerId).with(Tokens.agencyHr(this.agency))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"level":"ASSISTANT","number":"A-%s","examYear":%d,"registeredOn":"%s"}"""
					.formatted(UUID.randomUUID(), registeredOn.getYear(), registeredOn)))
			.andExpect(status().isCreated());
		return workerId;
	}

	private ResultActions appraise(RequestPostProcessor caller, String workerId, int year) throws Exception {
		return this.mvc.perform(post("/api/talent/workers/{id}/appraisals", workerId).with(caller)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"year":%d,"self":90,"clients":85,"peers":80,"supervisor":88}""".formatted(year)));
	}

	private ConsumerRecord<String, String> tierChangedOf(String workerId) {
		Map<String, Object> props = KafkaTestUtils.consumerProps(this.broker.getBrokersAsString(),
				"tier-it-" + UUID.randomUUID(), false);
		props.put("auto.offset.reset", "earliest");
		try (Consumer<String, String> consumer = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(),
				new StringDeserializer())
			.createConsumer()) {
			consumer.subscribe(List.of("talent.events"));
			List<ConsumerRecord<String, String>> seen = new ArrayList<>();
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
				return seen.stream().anyMatch((record) -> workerId.equals(record.key()));
			});
			return seen.stream().filter((record) -> workerId.equals(record.key())).findFirst().orElseThrow();
		}
	}

}
