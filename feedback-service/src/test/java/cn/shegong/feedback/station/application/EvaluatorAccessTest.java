package cn.shegong.feedback.station.application;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.shegong.feedback.station.model.ServedProject;
import cn.shegong.platform.security.Caller;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evaluators read a project's figures only while on one of its panels, and never its
 * residents' feedback itself.
 */
class EvaluatorAccessTest {

	private static final ServedProject STATION = new ServedProject("prj-1", "MQ0001", "buyer-1", "330481", "马桥街道社工站",
			LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), Optional.of("ctr-1"), Optional.of("agency-1"));

	private static Caller evaluator(String username) {
		return new Caller("s", username, Set.of("evaluator"), Optional.empty(), Optional.of("eval-zhiping"),
				Optional.empty());
	}

	@Test
	void anEvaluatorOnAPanelOfTheProjectIsAssigned() {
		assertThat(Stations.isAssignedEvaluator(evaluator("evaluator.zhiping"),
				Set.of("evaluator.lanfang", "evaluator.zhiping")))
			.isTrue();
	}

	@Test
	void anEvaluatorOnNoPanelOfTheProjectIsNot() {
		assertThat(Stations.isAssignedEvaluator(evaluator("evaluator.other"), Set.of("evaluator.zhiping"))).isFalse();
		assertThat(Stations.isAssignedEvaluator(evaluator("evaluator.zhiping"), Set.of())).isFalse();
	}

	@Test
	void beingNamedOnAPanelWithoutTheEvaluatorRoleOpensNothing() {
		Caller staff = new Caller("s", "evaluator.zhiping", Set.of("agency-staff"), Optional.of("agency-2"),
				Optional.empty(), Optional.empty());
		assertThat(Stations.isAssignedEvaluator(staff, Set.of("evaluator.zhiping"))).isFalse();
	}

	@Test
	void evenAnAssignedEvaluatorDoesNotReadResidentsFeedbackItself() {
		assertThat(Stations.mayRead(evaluator("evaluator.zhiping"), STATION)).isFalse();
	}

}
