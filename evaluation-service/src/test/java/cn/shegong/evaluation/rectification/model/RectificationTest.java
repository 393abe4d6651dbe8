package cn.shegong.evaluation.rectification.model;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.shegong.evaluation.rectification.model.RectificationEntry.Step;
import cn.shegong.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RectificationTest {

	static final LocalDate FINAL_ON = LocalDate.parse("2027-07-13");

	static Rectification opened(String grade) {
		return Rectification.open(
				new RectificationSubject("ev-1", "ctr-1", "ms-1", "prj-1", "agency-1", "330481", grade), FINAL_ON,
				RectificationRules.defaults());
	}

	static Rectification reported(String grade) {
		return opened(grade).submit("agency-1", "staff", "已补齐台账", List.of("doc-1"), FINAL_ON.plusDays(5));
	}

	@Test
	void aPassingOrFailingFinalGradeOpensARectificationDueThirtyDaysLater() {
		assertThat(opened("PASS").deadline()).isEqualTo(LocalDate.parse("2027-08-12"));
		assertThat(opened("FAIL").status()).isEqualTo(RectificationStatus.REQUIRED);
		assertThat(RectificationRules.gradeRequiresRectification("GOOD")).isFalse();
		assertThat(RectificationRules.gradeRequiresRectification("EXCELLENT")).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> opened("GOOD"));
	}

	@Test
	void theDeadlineIsConfigurable() {
		Rectification r = Rectification.open(opened("PASS").subject(), FINAL_ON, new RectificationRules(10));
		assertThat(r.deadline()).isEqualTo(FINAL_ON.plusDays(10));
		assertThatIllegalArgumentException().isThrownBy(() -> new RectificationRules(0));
	}

	@Test
	void anUnreportedRectificationIsOverdueTheDayAfterItsDeadline() {
		Rectification r = opened("FAIL");
		assertThat(r.isOverdueOn(r.deadline())).isFalse();
		assertThat(r.isOverdueOn(r.deadline().plusDays(1))).isTrue();
		assertThat(reported("FAIL").isOverdueOn(r.deadline().plusDays(1))).isFalse();
	}

	@Test
	void aLateReportIsTakenAndMarkedLate() {
		Rectification r = opened("PASS");
		Rectification late = r.submit("agency-1", "staff", "迟交", List.of(), r.deadline().plusDays(2));
		assertThat(late.status()).isEqualTo(RectificationStatus.SUBMITTED);
		assertThat(late.report().late()).isTrue();
		assertThat(reported("PASS").report().late()).isFalse();
	}

	@Test
	void onlyTheGradedAgencyReportsItsRectification() {
		assertThatThrownBy(() -> opened("FAIL").submit("agency-2", "x", "text", List.of(), FINAL_ON))
			.isInstanceOfSatisfying(ProblemException.class,
					(ex) -> assertThat(ex.rule()).isEqualTo("rectification-by-another-agency"));
	}

	@Test
	void aReportNeedsItsText() {
		assertThatThrownBy(() -> opened("FAIL").submit("agency-1", "x", " ", List.of(), FINAL_ON))
			.isInstanceOfSatisfying(ProblemException.class,
					(ex) -> assertThat(ex.rule()).isEqualTo("rectification-report-needs-text"));
	}

	@Test
	void aReturnedReportIsOwedAgainAndTheHistoryKeepsBoth() {
		Rectification returned = reported("FAIL").returnReport("officer", "证据不足", FINAL_ON.plusDays(6));
		assertThat(returned.status()).isEqualTo(RectificationStatus.REQUIRED);
		Rectification again = returned.submit("agency-1", "staff", "补充证据", List.of("doc-2"), FINAL_ON.plusDays(8));
		assertThat(again.history()).extracting(RectificationEntry::step)
			.containsExactly(Step.SUBMITTED, Step.RETURNED, Step.SUBMITTED);
		assertThat(again.history().get(1).text()).isEqualTo("证据不足");
		assertThat(again.report().text()).isEqualTo("补充证据");
	}

	@Test
	void aReturnNeedsAReason() {
		assertThatThrownBy(() -> reported("PASS").returnReport("officer", "", FINAL_ON)).isInstanceOfSatisfying(
				ProblemException.class, (ex) -> assertThat(ex.rule()).isEqualTo("rectification-return-needs-a-reason"));
	}

	@Test
	void verifyingAFailedGradesRectificationCallsForAReEvaluation() {
		Rectification.Verification v = reported("FAIL").verify("officer", FINAL_ON.plusDays(9));
		assertThat(v.rectification().status()).isEqualTo(RectificationStatus.VERIFIED);
		assertThat(v.rectification().verifiedOn()).isEqualTo(FINAL_ON.plusDays(9));
		assertThat(v.verified().reEvaluationRequired()).isTrue();
		assertThat(reported("PASS").verify("officer", FINAL_ON).verified().reEvaluationRequired()).isFalse();
	}

	@Test
	void onlyASubmittedReportIsVerifiedAndOnlyOnce() {
		assertThatThrownBy(() -> opened("PASS").verify("officer", FINAL_ON)).isInstanceOfSatisfying(
				ProblemException.class, (ex) -> assertThat(ex.rule()).isEqualTo("rectification-in-wrong-status"));
		Rectification verified = reported("PASS").verify("officer", FINAL_ON).rectification();
		assertThatThrownBy(() -> verified.verify("officer", FINAL_ON)).isInstanceOf(ProblemException.class);
		assertThatThrownBy(() -> verified.returnReport("officer", "late", FINAL_ON))
			.isInstanceOf(ProblemException.class);
		assertThatThrownBy(() -> verified.submit("agency-1", "staff", "again", List.of(), FINAL_ON))
			.isInstanceOf(ProblemException.class);
	}

}
