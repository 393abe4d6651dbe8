package cn.shegong.feedback.ticket.web;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.jayway.jsonpath.JsonPath;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.shegong.feedback.event.ContractAwarded;
import cn.shegong.feedback.event.ProjectPublished;
import cn.shegong.feedback.event.TicketEvents;
import cn.shegong.feedback.panel.EvaluatorPanels;
import cn.shegong.feedback.panel.EvaluatorPanelsFixture;
import cn.shegong.feedback.station.persistence.ServedProjects;
import cn.shegong.feedback.ticket.TicketPublishedEvents;
import cn.shegong.feedback.ticket.application.OverdueEscalation;
import cn.shegong.feedback.ticket.application.QuietClosing;
import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.outbox.OutboxRelay;
import cn.shegong.platform.test.AdjustableClock;
import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.platform.test.Tokens;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A resident files a ticket without signing in and follows it by receipt code; the
 * running agency answers it; another agency and evaluators are kept out; a ticket left
 * unresolved past its deadline escalates to the buyer exactly once, however often the
 * check runs.
 */
@ServiceIntegrationTest
class TicketIT {

	private static final String NAME = "张三丰";

	private static final String PHONE = "13812345678";

	private static final String REGION = "330481";

	@TestConfiguration(proxyBeanMethods = false)
	static class MovableTime {

		@Bean
		AdjustableClock clock() {
			return AdjustableClock.inShanghai();
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	AdjustableClock clock;

	@Autowired
	ServedProjects projects;

	@Autowired
	OverdueEscalation escalation;

	@Autowired
	EvaluatorPanels panels;

	@Autowired
	QuietClosing closing;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	EmbeddedKafkaBroker broker;

	@Autowired
	OutboxRelay relay;

	String projectId;

	String agency;

	@BeforeEach
	void anAgencyRunsAProjectToday() {
		this.projectId = "prj-" + UUID.randomUUID();
		this.agency = "agency-" + UUID.randomUUID();
		LocalDate today = LocalDate.now(this.clock);
		this.projects.published(new ProjectPublished(this.projectId, "buyer-" + REGION, REGION, "马桥街道社工站",
				today.minusMonths(1), today.plusYears(1)));
		this.projects.awarded(new ContractAwarded("ctr-" + UUID.randomUUID(), this.projectId, this.agency, REGION,
				today.minusMonths(1), today.plusYears(1)));
	}

	@Test
	void aResidentFilesWithoutSigningInAndFollowsTheTicketByReceiptNeverSeeingTheirPhoneInClear() throws Exception {
		String receipt = fileAnonymously("楼道灯坏了一周，晚上老人下楼很危险");

		String body = this.mvc.perform(get("/api/feedback/public/tickets/{code}", receipt))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.history[0].status").value("RECEIVED"))
			.andExpect(jsonPath("$.contact.name").value("张**"))
			.andExpect(jsonPath("$.contact.phone").value("138****5678"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).doesNotContain(PHONE).doesNotContain(NAME);
		Document stored = this.mongo.findOne(Query.query(Criteria.where("receiptCode").is(receipt)), Document.class,
				"tickets");
		assertThat(stored.toJson()).doesNotContain(PHONE).doesNotContain(NAME);
	}

	@Test
	void anUnknownReceiptCodeAndOneNextToARealOneGetTheSameNotFound() throws Exception {
		String receipt = fileAnonymously("垃圾桶满了没人清");
		String neighbour = receipt.substring(0, 11) + (receipt.endsWith("Z") ? "Y" : "Z");

		for (String code : List.of(neighbour, "NOSUCHCODE23", "x")) {
			this.mvc.perform(get("/api/feedback/public/tickets/{code}", code))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.rule").value("ticket-not-found"))
				.andExpect(jsonPath("$.detail")
					.value("No ticket has this receipt code; check it as printed on your receipt"));
		}
	}

	@Test
	void theSameTicketSentTwiceFromTheSameClientIsRefusedAsADuplicate() throws Exception {
		fileAnonymously("小区门口 积水严重");

		this.mvc
			.perform(post("/api/feedback/public/tickets").contentType(MediaType.APPLICATION_JSON)
				.content(residentTicket("  小区门口   积水严重 ")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("duplicate-submission"));
	}

	@Test
	void aBadPhoneNumberIsRefusedBeforeAnythingIsStored() throws Exception {
		this.mvc
			.perform(post("/api/feedback/public/tickets").contentType(MediaType.APPLICATION_JSON)
				.content(json(
						Map.of("project", this.projectId, "category", "REQUEST", "text", "需要上门服务", "phone", "12345"))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("phone-number-invalid"));
	}

	@Test
	void theAgencyAcknowledgesAndResolvesAndTheResidentConfirmsWhichAnnouncesTheResolution() throws Exception {
		String receipt = fileAnonymously("活动室空调不制冷");
		String id = onlyTicketOfProject(Tokens.agencyStaff(this.agency));

		step(id, "acknowledgement", 0, Tokens.agencyStaff(this.agency)).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACKNOWLEDGED"))
			.andExpect(jsonPath("$.contact.phone").value("138****5678"));
		step(id, "acknowledgement", 0, Tokens.agencyStaff(this.agency)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("stale-version"));
		step(id, "acknowledgement", 1, Tokens.agencyStaff(this.agency)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("ticket-transition-not-allowed"));
		this.mvc
			.perform(post("/api/feedback/tickets/{id}/resolution", id).with(Tokens.agencyStaff(this.agency))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json(Map.of("version", 1, "reply", "已请维保单位更换压缩机"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RESOLVED"));

		this.mvc
			.perform(post("/api/feedback/public/tickets/{code}/confirmation", receipt)
				.contentType(MediaType.APPLICATION_JSON)
				.content(json(Map.of("satisfied", true))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.history[2].note").value("已请维保单位更换压缩机"));

		List<EventEnvelope> resolved = events().about(id, TicketEvents.TICKET_RESOLVED);
		assertThat(resolved).hasSize(1);
		assertThat(TicketPublishedEvents.violations(resolved.get(0))).isEmpty();
		assertThat(resolved.get(0).data()).containsEntry("onTime", true).containsEntry("reopenCount", 0);
		assertThat(resolved.get(0).data().toString()).doesNotContain(PHONE).doesNotContain(NAME);
		this.mvc
			.perform(get("/api/feedback/projects/{id}/ticket-measures", this.projectId)
				.param("from", LocalDate.now(this.clock).toString())
				.param("to", LocalDate.now(this.clock).toString())
				.with(EvaluatorPanelsFixture.evaluatorAssignedTo(this.panels, this.projectId)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.closed").value(1))
			.andExpect(jsonPath("$.closedOnTime").value(1))
			.andExpect(jsonPath("$.onTimeRate").value(1.0));
	}

	@Test
	void aResidentReopensAResolutionAndOneLeftUnansweredClosesAfterTheQuietPeriod() throws Exception {
		String receipt = fileAnonymously("健身器材松动");
		String id = onlyTicketOfProject(Tokens.agencyStaff(this.agency));
		step(id, "acknowledgement", 0, Tokens.agencyStaff(this.agency)).andExpect(status().isOk());
		resolve(id, 1, "已紧固螺丝");
		confirmation(receipt, Map.of("satisfied", false)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("reopen-needs-reason"));
		confirmation(receipt, Map.of("satisfied", false, "reason", "还是晃")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REOPENED"));
		resolve(id, 3, "整体更换了器材");

		this.clock.advance(Duration.ofDays(7));
		this.closing.runOnce();

		this.mvc.perform(get("/api/feedback/public/tickets/{code}", receipt))
			.andExpect(jsonPath("$.status").value("CLOSED"));
		List<EventEnvelope> resolved = events().about(id, TicketEvents.TICKET_RESOLVED);
		assertThat(resolved).hasSize(2);
		assertThat(resolved.get(1).data()).containsEntry("reopenCount", 1).containsEntry("onTime", true);
	}

	@Test
	void anotherAgencyFindsNoSuchTicketAndEvaluatorsAreNotLetIn() throws Exception {
		fileAnonymously("社工上门时间总是改");
		String id = onlyTicketOfProject(Tokens.agencyStaff(this.agency));
		RequestPostProcessor otherAgency = Tokens.agencyStaff("agency-other");

		this.mvc.perform(get("/api/feedback/tickets/{id}", id).with(otherAgency))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.rule").value("ticket-not-found"));
		step(id, "acknowledgement", 0, otherAgency).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/feedback/tickets").param("projectId", this.projectId).with(otherAgency))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/feedback/tickets/{id}", id).with(Tokens.evaluator("eval-org-1")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/feedback/tickets").with(Tokens.evaluator("eval-org-1")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aBlankProjectFilterListsAsIfLeftOutRatherThanFindingNoProject() throws Exception {
		fileAnonymously("楼道里的杂物堆了很久");

		this.mvc.perform(get("/api/feedback/tickets").param("projectId", "").with(Tokens.agencyStaff(this.agency)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1));
	}

	@Test
	void staffEnterAHotlineCallButNotTheResidentsOwnOnlineForm() throws Exception {
		this.mvc
			.perform(post("/api/feedback/projects/{id}/tickets", this.projectId).with(Tokens.agencyStaff(this.agency))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json(Map.of("channel", "HOTLINE", "category", "PRAISE", "text", "感谢社工帮忙办理低保"))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.receiptCode").isString())
			.andExpect(jsonPath("$.resolveBy").doesNotExist());
		this.mvc
			.perform(post("/api/feedback/projects/{id}/tickets", this.projectId).with(Tokens.officer(REGION))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json(Map.of("channel", "ONLINE_FORM", "category", "REQUEST", "text", "想报名兴趣班"))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("channel-not-entered-by-staff"));
	}

	@Test
	void aTicketLeftUnresolvedPastItsDeadlineEscalatesExactlyOnceHoweverOftenTheCheckRuns() throws Exception {
		fileAnonymously("长者食堂饭菜变质");
		String id = onlyTicketOfProject(Tokens.agencyStaff(this.agency));
		this.escalation.runOnce();
		assertThat(events().about(id, TicketEvents.TICKET_OVERDUE)).as("not due yet").isEmpty();

		this.clock.advance(Duration.ofHours(48).plusMinutes(1));
		CompletableFuture<Integer> one = CompletableFuture.supplyAsync(this.escalation::runOnce);
		CompletableFuture<Integer> other = CompletableFuture.supplyAsync(this.escalation::runOnce);
		CompletableFuture.allOf(one, other).join();
		this.escalation.runOnce();

		List<EventEnvelope> overdue = events().about(id, TicketEvents.TICKET_OVERDUE);
		assertThat(overdue).hasSize(1);
		assertThat(TicketPublishedEvents.violations(overdue.get(0))).isEmpty();
		assertThat(overdue.get(0).data()).containsEntry("projectId", this.projectId)
			.containsEntry("agencyId", this.agency)
			.containsEntry("buyerId", "buyer-" + REGION)
			.doesNotContainKeys("name", "phone", "text");
		assertThat(overdue.get(0).data().toString()).doesNotContain(PHONE).doesNotContain(NAME);
		this.mvc.perform(get("/api/feedback/tickets").param("overdue", "true").with(Tokens.officer(REGION)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == '" + id + "')].escalated").value(true));
		this.mvc
			.perform(get("/api/feedback/projects/{id}/ticket-measures", this.projectId)
				.param("from", LocalDate.now(this.clock).minusDays(3).toString())
				.param("to", LocalDate.now(this.clock).toString())
				.with(Tokens.officer(REGION)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openOverdue").value(1))
			.andExpect(jsonPath("$.onTimeRate").value(0.0));
	}

	private String fileAnonymously(String text) throws Exception {
		String body = this.mvc
			.perform(post("/api/feedback/public/tickets").contentType(MediaType.APPLICATION_JSON)
				.content(residentTicket(text)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.resolveBy").isString())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).doesNotContain(PHONE);
		return JsonPath.read(body, "$.receiptCode");
	}

	private String residentTicket(String text) {
		return json(
				Map.of("project", this.projectId, "category", "COMPLAINT", "text", text, "name", NAME, "phone", PHONE));
	}

	private String onlyTicketOfProject(RequestPostProcessor caller) throws Exception {
		String body = this.mvc.perform(get("/api/feedback/tickets").param("projectId", this.projectId).with(caller))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).doesNotContain(PHONE).doesNotContain(NAME).doesNotContain("receiptCode");
		return JsonPath.read(body, "$[0].id");
	}

	private void resolve(String id, long version, String reply) throws Exception {
		this.mvc
			.perform(post("/api/feedback/tickets/{id}/resolution", id).with(Tokens.agencyStaff(this.agency))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json(Map.of("version", version, "reply", reply))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RESOLVED"));
	}

	private ResultActions confirmation(String receipt, Map<String, Object> body) throws Exception {
		return this.mvc.perform(post("/api/feedback/public/tickets/{code}/confirmation", receipt)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(body)));
	}

	private ResultActions step(String id, String step, long version, RequestPostProcessor caller) throws Exception {
		return this.mvc.perform(post("/api/feedback/tickets/{id}/{step}", id, step).with(caller)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(Map.of("version", version))));
	}

	private TicketPublishedEvents events() {
		return new TicketPublishedEvents(this.broker.getBrokersAsString(), this.relay);
	}

	private static String json(Map<String, Object> body) {
		return JsonMapper.builder().build().writeValueAsString(body);
	}

}
