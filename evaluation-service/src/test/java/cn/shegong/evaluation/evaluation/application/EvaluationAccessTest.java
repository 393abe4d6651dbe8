package cn.shegong.evaluation.evaluation.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.shegong.evaluation.evaluation.model.Evaluation;
import cn.shegong.evaluation.evaluation.model.EvaluationKind;
import cn.shegong.evaluation.evaluation.model.EvaluationStatus;
import cn.shegong.evaluation.evaluation.model.EvaluationSubject;
import cn.shegong.evaluation.evaluation.model.EvaluatorPanel;
import cn.shegong.evaluation.evaluation.model.ScoreSheets;
import cn.shegong.evaluation.scheme.model.SchemeRef;
import cn.shegong.platform.problem.ProblemException;
import cn.shegong.platform.security.Caller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvaluationAccessTest {

	static final Evaluation ASSIGNED = evaluation(EvaluationStatus.ASSIGNED);

	@Test
	void evaluatorsSeeOnlyTheirAssignments() {
		assertThat(EvaluationAccess.mayRead(caller("e1", "evaluator", null, null), ASSIGNED)).isTrue();
		assertThat(EvaluationAccess.mayRead(caller("e2", "evaluator", null, null), ASSIGNED)).isFalse();
	}

	@Test
	void agenciesSeeTheirOwnAndCannotSteerThem() {
		Caller own = caller("s", "agency-staff", "agency-1", null);
		assertThat(EvaluationAccess.mayRead(own, ASSIGNED)).isTrue();
		assertThat(EvaluationAccess.mayManage(own, ASSIGNED)).isFalse();
		assertThat(EvaluationAccess.mayRead(caller("s", "agency-staff", "agency-2", null), ASSIGNED)).isFalse();
	}

	@Test
	void officersSteerTheirRegionAndSupervisorsOnlyReadIt() {
		assertThat(EvaluationAccess.mayManage(caller("o", "procurement-officer", null, "330400"), ASSIGNED)).isTrue();
		assertThat(EvaluationAccess.mayRead(caller("o", "procurement-officer", null, "440800"), ASSIGNED)).isFalse();
		Caller supervisor = caller("v", "supervisor", null, "330481");
		assertThat(EvaluationAccess.mayRead(supervisor, ASSIGNED)).isTrue();
		assertThat(EvaluationAccess.mayManage(supervisor, ASSIGNED)).isFalse();
	}

	@Test
	void scoresCannotChangeOnceTheGradeIsFinal() {
		EvaluationFile file = EvaluationFile.planned(evaluation(EvaluationStatus.SCORING));
		file.requireScoresOpen();

		for (EvaluationStatus status : List.of(EvaluationStatus.FINAL, EvaluationStatus.PUBLISHED,
				EvaluationStatus.RECTIFICATION_REQUIRED)) {
			assertThatThrownBy(() -> EvaluationFile.planned(evaluation(status)).requireScoresOpen())
				.isInstanceOfSatisfying(ProblemException.class,
						(ex) -> assertThat(ex.rule()).isEqualTo("scores-final"));
		}
	}

	static Evaluation evaluation(EvaluationStatus status) {
		return new Evaluation("ev-1", new EvaluationSubject("ctr-1", "prj-1", "agency-1", "330481", "ms-1"),
				EvaluationKind.MID_TERM, null, new SchemeRef("township-station", 1), status, LocalDate.of(2027, 6, 30),
				new EvaluatorPanel(List.of("e1"), LocalDate.of(2027, 7, 1)), null, ScoreSheets.none(), null, null);
	}

	static Caller caller(String username, String role, String agencyId, String region) {
		return new Caller("sub-" + username, username, Set.of(role), Optional.ofNullable(agencyId), Optional.empty(),
				Optional.ofNullable(region));
	}

}
