package cn.shegong.talent.tier.model;

import org.junit.jupiter.api.Test;

import static cn.shegong.platform.test.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

class SupervisorRankTest {

	@Test
	void ranksClimbFromSupervisorAssistantToSeniorSupervisor() {
		assertThat(SupervisorRank.values()).extracting(SupervisorRank::chineseName)
			.containsExactly("督导助理", "见习督导", "初级督导", "中级督导", "高级督导");
	}

	@Test
	void aTraineeSupervisorIsPromotedToJuniorSupervisor() {
		assertThat(SupervisorRank.TRAINEE_SUPERVISOR.promoteTo(SupervisorRank.JUNIOR_SUPERVISOR))
			.isEqualTo(SupervisorRank.JUNIOR_SUPERVISOR);
	}

	@Test
	void aTraineeSupervisorCannotSkipToIntermediate() {
		assertThat(refusalOf(() -> SupervisorRank.TRAINEE_SUPERVISOR.promoteTo(SupervisorRank.INTERMEDIATE_SUPERVISOR))
			.rule()).isEqualTo("supervisor-rank-skipped");
	}

	@Test
	void aPromotionCannotGoDown() {
		assertThat(
				refusalOf(() -> SupervisorRank.JUNIOR_SUPERVISOR.promoteTo(SupervisorRank.TRAINEE_SUPERVISOR)).rule())
			.isEqualTo("supervisor-rank-skipped");
	}

	@Test
	void thereIsNoPromotionFromSeniorSupervisor() {
		assertThat(refusalOf(SupervisorRank.SENIOR_SUPERVISOR::promoted).rule()).isEqualTo("supervisor-rank-at-top");
	}

	@Test
	void aFirstAppointmentIsToSupervisorAssistant() {
		assertThat(SupervisorRank.appointFirst(SupervisorRank.ASSISTANT_SUPERVISOR))
			.isEqualTo(SupervisorRank.ASSISTANT_SUPERVISOR);
	}

	@Test
	void nobodyIsFirstAppointedTraineeSupervisor() {
		assertThat(refusalOf(() -> SupervisorRank.appointFirst(SupervisorRank.TRAINEE_SUPERVISOR)).rule())
			.isEqualTo("supervisor-rank-skipped");
	}

}
