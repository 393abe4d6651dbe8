package cn.shegong.evaluation.contract.model;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContractTest {

	private static final LocalDate MID_TERM_DUE = LocalDate.of(2027, 6, 30);

	@Test
	void aMilestoneThatFellDueIsAnnouncedOnceAndOnlyOnce() {
		Contract due = Contracts.station2027().milestoneFellDue("ms-1", MilestoneType.MID_TERM, MID_TERM_DUE);

		assertThat(due.unannounced())
			.containsExactly(new MilestoneFellDue("ctr-1", "ms-1", MilestoneType.MID_TERM, MID_TERM_DUE));
		assertThat(due.announced().unannounced()).isEmpty();
		assertThat(due.announced().milestoneFellDue("ms-1", MilestoneType.MID_TERM, MID_TERM_DUE).unannounced())
			.isEmpty();
	}

	@Test
	void aDueMilestoneTheAwardDidNotListIsAddedRatherThanLost() {
		Contract due = Contracts.station2027()
			.milestoneFellDue("ms-q1", MilestoneType.QUARTERLY_MONITORING, LocalDate.of(2027, 3, 31));

		assertThat(due.milestone("ms-q1")).hasValueSatisfying((milestone) -> assertThat(milestone.due()).isTrue());
		assertThat(due.milestones()).hasSize(3);
	}

	@Test
	void aRedeliveredAwardKeepsWhatIsKnownOfDueMilestones() {
		Contract known = Contracts.station2027()
			.milestoneFellDue("ms-1", MilestoneType.MID_TERM, MID_TERM_DUE)
			.announced();

		Contract again = known.reawarded(Contracts.station2027(Map.of("resourcesLinked", 8)));

		assertThat(again.milestone("ms-1")).hasValueSatisfying((milestone) -> {
			assertThat(milestone.due()).isTrue();
			assertThat(milestone.announced()).isTrue();
		});
		assertThat(again.milestone("ms-2")).hasValueSatisfying((milestone) -> assertThat(milestone.due()).isFalse());
		assertThat(again.numericTarget("resourcesLinked")).contains(8L);
	}

	@Test
	void onlyWholeNumberTargetsCanBeComparedWith() {
		Contract contract = Contracts.station2027(Map.of("resourcesLinked", 5, "serviceStandard", "GB/T 1"));

		assertThat(contract.numericTarget("resourcesLinked")).contains(5L);
		assertThat(contract.numericTarget("serviceStandard")).isEmpty();
		assertThat(contract.numericTarget("groups")).isEmpty();
	}

	@Test
	void aContractIsBoughtOnlyByTheBuyerItsProjectWasPublishedBy() {
		Contract bought = Contracts.station2027().boughtBy("buyer-maqiao");

		assertThat(Contracts.station2027().isBoughtBy("buyer-maqiao")).isFalse();
		assertThat(bought.isBoughtBy("buyer-maqiao")).isTrue();
		assertThat(bought.isBoughtBy("buyer-other")).isFalse();
		assertThat(bought.isBoughtBy(null)).isFalse();
	}

	@Test
	void aRedeliveredAwardWhichNeverNamesTheBuyerKeepsTheBuyerAlreadyKnown() {
		Contract known = Contracts.station2027()
			.boughtBy("buyer-maqiao")
			.milestoneFellDue("ms-1", MilestoneType.MID_TERM, MID_TERM_DUE);

		Contract reawarded = known.reawarded(Contracts.station2027());

		assertThat(reawarded.buyerId()).isEqualTo("buyer-maqiao");
		assertThat(reawarded.milestone("ms-1")).hasValueSatisfying((milestone) -> assertThat(milestone.due()).isTrue());
	}

	@Test
	void aMilestoneFallingDueKeepsTheBuyer() {
		Contract due = Contracts.station2027()
			.boughtBy("buyer-maqiao")
			.milestoneFellDue("ms-2", MilestoneType.FINAL, LocalDate.of(2027, 11, 30));

		assertThat(due.announced().buyerId()).isEqualTo("buyer-maqiao");
	}

}
