package cn.shegong.procurement.delivery.model;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.shegong.procurement.payment.model.Grade;
import cn.shegong.procurement.project.model.MilestoneType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class MilestoneTest {

	private static final LocalDate DUE_ON = LocalDate.of(2027, 7, 2);

	private final ContractMilestone midTerm = ContractMilestone.scheduled("mid-term", MilestoneType.MID_TERM, DUE_ON);

	@Test
	void aScheduledMilestoneComesDueOnItsDayAndAfterButNotBefore() {
		assertThat(this.midTerm.hasComeDueOn(DUE_ON.minusDays(1))).isFalse();
		assertThat(this.midTerm.hasComeDueOn(DUE_ON)).isTrue();
		assertThat(this.midTerm.hasComeDueOn(DUE_ON.plusDays(30))).isTrue();
	}

	@Test
	void aMilestoneComesDueOnce() {
		ContractMilestone due = this.midTerm.due();

		assertThat(due.status()).isEqualTo(MilestoneStatus.DUE);
		assertThat(due.hasComeDueOn(DUE_ON.plusDays(1))).isFalse();
		assertThatIllegalStateException().isThrownBy(due::due);
	}

	@Test
	void theDueEventNamesTheContractTheAgencyAndTheMilestone() {
		assertThat(this.midTerm.dueEvent("ctr-1", "agency-maqiao"))
			.isEqualTo(new MilestoneDue("ctr-1", "mid-term", "agency-maqiao", MilestoneType.MID_TERM, DUE_ON));
	}

	@ParameterizedTest
	@EnumSource(names = { "EXCELLENT", "GOOD" })
	void excellentAndGoodMeetTheMilestone(Grade grade) {
		assertThat(this.midTerm.due().judged(grade, false).status()).isEqualTo(MilestoneStatus.MET);
	}

	@Test
	void passMeetsTheMilestonePartly() {
		assertThat(this.midTerm.judged(Grade.PASS, false).status()).isEqualTo(MilestoneStatus.PARTIALLY_MET);
	}

	@Test
	void failOrAVetoDoesNotMeetTheMilestone() {
		assertThat(this.midTerm.judged(Grade.FAIL, false).status()).isEqualTo(MilestoneStatus.NOT_MET);
		assertThat(this.midTerm.judged(Grade.EXCELLENT, true).status()).isEqualTo(MilestoneStatus.NOT_MET);
	}

	@Test
	void onlyMetPartlyMetAndNotMetAreJudged() {
		assertThat(MilestoneStatus.SCHEDULED.isJudged()).isFalse();
		assertThat(MilestoneStatus.DUE.isJudged()).isFalse();
		assertThat(MilestoneStatus.PARTIALLY_MET.isJudged()).isTrue();
	}

}
