package cn.shegong.feedback.grouping.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.shegong.feedback.event.ContractAwarded;
import cn.shegong.feedback.event.ProjectPublished;
import cn.shegong.feedback.grouping.application.ComplaintGrouping;
import cn.shegong.feedback.grouping.model.Complaint;
import cn.shegong.feedback.grouping.model.IssueGroup;
import cn.shegong.feedback.grouping.persistence.IssueGroups;
import cn.shegong.feedback.station.persistence.ServedProjects;
import cn.shegong.feedback.ticket.application.TicketFiled;
import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.platform.test.Tokens;

@ServiceIntegrationTest
class IssueGroupsIT {

	private static final String REGION = "440106";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private ServedProjects projects;

	@Autowired
	private ComplaintGrouping grouping;

	@Autowired
	private IssueGroups groups;

	@Autowired
	private Clock clock;

	private String projectId;

	private String agencyId;

	@BeforeEach
	void aProjectRunByAnAgency() {
		this.projectId = "proj-" + UUID.randomUUID();
		this.agencyId = "agency-" + UUID.randomUUID();
		LocalDate today = LocalDate.now(this.clock);
		this.projects.published(new ProjectPublished(this.projectId, "buyer-1", REGION, "花溪街道社工站", today.minusMonths(1),
				today.plusYears(1)));
		this.projects.awarded(new ContractAwarded("contract-" + this.projectId, this.projectId, this.agencyId, REGION,
				today.minusMonths(1), today.plusYears(1)));
	}

	@Test
	void threeWordingsOfOneComplaintAndADifferentOneReadAsTwoIssues() throws Exception {
		file("t1", "COMPLAINT", "HOTLINE", "来电人反映社工站的电话一直打不通，打了一上午都是忙音。");
		file("t2", "COMPLAINT", "ONLINE_FORM", "社工站电话一直打不通，打了好几天都没人接！");
		file("t3", "COMPLAINT", "VILLAGE_COMMITTEE", "居委会转达：站里的电话一直打不通，有事找不到人。");
		file("t4", "COMPLAINT", "ONLINE_FORM", "活动室的空调坏了，开了半天一点都不凉。");
		file("t5", "REQUEST", "ONLINE_FORM", "社工站电话一直打不通，希望增加一条热线。");

		this.mvc
			.perform(get("/api/feedback/projects/{projectId}/issues", this.projectId)
				.with(Tokens.agencyStaff(this.agencyId)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].count").value(3))
			.andExpect(jsonPath("$[0].representativeText").value("来电人反映社工站的电话一直打不通，打了一上午都是忙音。"))
			.andExpect(jsonPath("$[0].ticketIds", contains(id("t1"), id("t2"), id("t3"))))
			.andExpect(jsonPath("$[0].channels", containsInAnyOrder("HOTLINE", "ONLINE_FORM", "VILLAGE_COMMITTEE")))
			.andExpect(jsonPath("$[0].firstSeen").exists())
			.andExpect(jsonPath("$[0].lastSeen").exists())
			.andExpect(jsonPath("$[1].count").value(1))
			.andExpect(jsonPath("$[1].ticketIds", contains(id("t4"))));
	}

	@Test
	void theSameTicketFiledTwiceCountsOnce() throws Exception {
		file("t1", "COMPLAINT", "HOTLINE", "厕所太脏了，味道很大");
		file("t1", "COMPLAINT", "HOTLINE", "厕所太脏了，味道很大");

		this.mvc.perform(get("/api/feedback/projects/{projectId}/issues", this.projectId).with(Tokens.officer(REGION)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].count").value(1));
	}

	@Test
	void concurrentPlacementsIntoOneGroupAreAllCounted() throws Exception {
		this.grouping.place(complaint("first", "助餐的饭菜太咸了，老人吃不消"));
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<CompletableFuture<IssueGroup>> placements = IntStream.range(0, 4)
				.mapToObj((i) -> CompletableFuture
					.supplyAsync(() -> this.grouping.place(complaint("c" + i, "助餐的饭菜太咸了，老人吃不消")), pool))
				.toList();
			placements.forEach(CompletableFuture::join);
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.groups.ofProjectByCount(this.projectId)).singleElement()
			.satisfies((group) -> assertThat(group.ticketIds()).containsExactlyInAnyOrder(id("first"), id("c0"),
					id("c1"), id("c2"), id("c3")));
	}

	@Test
	void aGroupLastSeenBeforeTheLookbackIsNoLongerOpen() {
		Instant now = Instant.now(this.clock);
		this.grouping
			.place(new Complaint(id("old"), this.projectId, "HOTLINE", "饮水机没水了，也没人换桶", now.minus(Duration.ofDays(91))));
		this.grouping.place(
				new Complaint(id("recent"), this.projectId, "HOTLINE", "饮水机没水了，也没人换桶", now.minus(Duration.ofDays(89))));
		this.grouping.place(complaint("now", "饮水机没水了，也没人换桶"));
		assertThat(this.groups.ofProjectByCount(this.projectId)).extracting(IssueGroup::ticketIds)
			.containsExactly(List.of(id("recent"), id("now")), List.of(id("old")));
	}

	@Test
	void anotherAgencyIsToldTheProjectDoesNotExist() throws Exception {
		file("t1", "COMPLAINT", "HOTLINE", "厕所太脏了，味道很大");
		this.mvc
			.perform(get("/api/feedback/projects/{projectId}/issues", this.projectId)
				.with(Tokens.agencyStaff("another-agency")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value(endsWith("project-not-found")));
	}

	@Test
	void anOfficerOfAnotherRegionIsToldTheProjectDoesNotExist() throws Exception {
		this.mvc
			.perform(get("/api/feedback/projects/{projectId}/issues", this.projectId).with(Tokens.officer("110101")))
			.andExpect(status().isNotFound());
	}

	@Test
	void withoutATokenTheIssuesAreNotShown() throws Exception {
		this.mvc.perform(get("/api/feedback/projects/{projectId}/issues", this.projectId))
			.andExpect(status().isUnauthorized());
	}

	private void file(String ticketId, String category, String channel, String text) {
		this.events.publishEvent(
				new TicketFiled(id(ticketId), this.projectId, category, channel, text, Instant.now(this.clock)));
	}

	private String id(String ticket) {
		return ticket + "-" + this.projectId;
	}

	private Complaint complaint(String ticketId, String text) {
		return new Complaint(id(ticketId), this.projectId, "HOTLINE", text, Instant.now(this.clock));
	}

}
