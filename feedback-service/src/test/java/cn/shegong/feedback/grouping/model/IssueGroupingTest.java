package cn.shegong.feedback.grouping.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IssueGroupingTest {

	private static final Instant NOON = Instant.parse("2026-05-04T04:00:00Z");

	private final IssueGrouping grouping = new IssueGrouping(GroupingPolicy.DEFAULT);

	@Test
	void theSameTextJoinsTheGroup() {
		IssueGroup group = started("t1", "活动室周末不开门，上班族用不上");
		IssueGroup placed = this.grouping.grouped(complaint("t2", "p1", "活动室周末不开门，上班族用不上"), List.of(group), "new");
		assertThat(placed.id()).isEqualTo("g1");
		assertThat(placed.count()).isEqualTo(2);
	}

	@Test
	void punctuationAndFullWidthDifferencesStillGroup() {
		IssueGroup group = started("t1", "站里WiFi连不上，电脑室没法用");
		IssueGroup placed = this.grouping.grouped(complaint("t2", "p1", "站里ＷＩＦＩ连不上！！电脑室 没法用。。。"), List.of(group),
				"new");
		assertThat(placed.id()).isEqualTo("g1");
	}

	@Test
	void theSameComplaintAboutAnotherProjectNeverGroups() {
		IssueGroup group = started("t1", "活动室周末不开门，上班族用不上");
		IssueGroup placed = this.grouping.grouped(complaint("t2", "p2", "活动室周末不开门，上班族用不上"), List.of(group), "new");
		assertThat(placed.id()).isEqualTo("new");
		assertThat(placed.projectId()).isEqualTo("p2");
	}

	@Test
	void aDifferentProblemInTheSameRoomStaysApart() {
		IssueGroup group = started("t1", "活动室周末不开门，上班的人根本用不上");
		IssueGroup placed = this.grouping.grouped(complaint("t2", "p1", "活动室太吵了，打牌下棋的声音很大"), List.of(group), "new");
		assertThat(placed.id()).isEqualTo("new");
	}

	@Test
	void theMostSimilarGroupWins() {
		IssueGroup closed = started("t1", "周末活动室关门，没法去");
		IssueGroup noisy = new IssueGroup("g2", "p1", "活动室太吵", NOON, NOON, new TreeSet<>(List.of("HOTLINE")),
				List.of("t2"), List.of("活动室太吵，打牌声音太大"));
		IssueGroup placed = this.grouping.grouped(complaint("t3", "p1", "活动室打牌声音太大，吵死了"), List.of(closed, noisy),
				"new");
		assertThat(placed.id()).isEqualTo("g2");
	}

	@Test
	void aGroupScoresByTheMeanSimilarityToItsWordingsNotByItsClosestOne() {
		IssueGroup mixed = new IssueGroup("g1", "p1", "活动室周末不开门", NOON, NOON, new TreeSet<>(List.of("HOTLINE")),
				List.of("t1", "t2", "t3"), List.of("活动室周末不开门，上班族用不上", "周六周日活动室锁着门，白跑一趟", "礼拜天活动室关门，孩子没地方去"));
		Complaint oneLike = complaint("t4", "p1", "活动室周末不开门，上班族用不上");

		assertThat(new IssueGrouping(GroupingPolicy.DEFAULT.withLinkage(false)).bestMatch(oneLike, List.of(mixed))
			.orElseThrow()
			.similarity()).isEqualTo(1.0);
		assertThat(this.grouping.bestMatch(oneLike, List.of(mixed)).orElseThrow().similarity()).as("the mean")
			.isLessThan(1.0)
			.isGreaterThan(GroupingPolicy.DEFAULT.threshold());
	}

	@Test
	void placingTheSameTicketAgainCountsOnce() {
		IssueGroup group = started("t1", "厕所太脏了，味道很大");
		IssueGroup again = this.grouping.grouped(complaint("t1", "p1", "厕所太脏了，味道很大"), List.of(group), "new");
		assertThat(again).isEqualTo(group);
		assertThat(again.count()).isEqualTo(1);
	}

	@Test
	void aJoinedGroupRemembersChannelsAndFirstAndLastSeen() {
		IssueGroup group = started("t1", "电话一直打不通");
		IssueGroup placed = group.with(new Complaint("t2", "p1", "ONLINE_FORM", "电话一直打不通啊", NOON.plusSeconds(60)), 10);
		IssueGroup earlier = placed.with(new Complaint("t0", "p1", "HOTLINE", "电话打不通", NOON.minusSeconds(60)), 10);
		assertThat(earlier.channels()).containsExactly("HOTLINE", "ONLINE_FORM");
		assertThat(earlier.firstSeen()).isEqualTo(NOON.minusSeconds(60));
		assertThat(earlier.lastSeen()).isEqualTo(NOON.plusSeconds(60));
		assertThat(earlier.representativeText()).isEqualTo("电话一直打不通");
		assertThat(earlier.ticketIds()).containsExactly("t1", "t2", "t0");
	}

	@Test
	void aGroupKeepsOnlyItsLatestWordings() {
		IssueGroup group = started("t1", "一");
		IssueGroup placed = group.with(complaint("t2", "p1", "二"), 2).with(complaint("t3", "p1", "三"), 2);
		assertThat(placed.samples()).containsExactly("二", "三");
		assertThat(placed.count()).isEqualTo(3);
	}

	@Test
	void theSameComplaintsInTheSameOrderGiveTheSameGroups() {
		List<String> texts = List.of("空调坏了不制冷", "活动室空调坏了，一点都不凉", "空调开得太冷了", "空调坏了不制冷！");
		assertThat(replay(texts)).isEqualTo(replay(texts));
	}

	private List<String> replay(List<String> texts) {
		List<IssueGroup> groups = new ArrayList<>();
		List<String> placedIn = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			IssueGroup placed = this.grouping.grouped(complaint("t" + i, "p1", texts.get(i)), List.copyOf(groups),
					"g" + groups.size());
			groups.removeIf((group) -> group.id().equals(placed.id()));
			groups.add(placed);
			placedIn.add(placed.id());
		}
		return placedIn;
	}

	private static IssueGroup started(String ticketId, String text) {
		return IssueGroup.startedBy("g1", new Complaint(ticketId, "p1", "HOTLINE", text, NOON));
	}

	private static Complaint complaint(String ticketId, String projectId, String text) {
		return new Complaint(ticketId, projectId, "ONLINE_FORM", text, NOON);
	}

	@Test
	void aVariantWordingJoinsTheGroupOnceSynonymsAreRead() {
		IssueGroup group = started("t1", "厕所太脏了，一股臭味");
		IssueGroup placed = this.grouping.grouped(complaint("t2", "p1", "洗手间不干净，有异味"), List.of(group), "new");
		assertThat(placed.id()).isEqualTo("g1");
		IssueGroup asWritten = new IssueGrouping(GroupingPolicy.CHARACTERS_ONLY)
			.grouped(complaint("t2", "p1", "洗手间不干净，有异味"), List.of(group), "new");
		assertThat(asWritten.id()).isEqualTo("new");
	}

	@Test
	void withLshOnlyAndOneBandOfAllRowsADifferentWordingIsNotEvenACandidate() {
		GroupingPolicy lshOnly = new GroupingPolicy(0.01, 1, 0, false, true, 128, 1, 0, 10);
		IssueGroup group = started("t1", "厕所太脏了，一股臭味");
		Complaint similar = complaint("t2", "p1", "洗手间不干净，有异味");
		assertThat(new IssueGrouping(lshOnly).grouped(similar, List.of(group), "new").id()).isEqualTo("new");
		assertThat(
				new IssueGrouping(lshOnly.withTechniques(false, true, 1)).grouped(similar, List.of(group), "new").id())
			.isEqualTo("g1");
	}

}
