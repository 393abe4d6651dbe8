package cn.shegong.evaluation.dashboard.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.shegong.evaluation.scheme.model.Grade;

/** Final evaluations of a township station scheme with two level-1 dimensions. */
final class FinalEvaluations {

	private FinalEvaluations() {
	}

	/** Service 40 points, management 20; both passed. */
	static FinalEvaluation graded(String id, String agencyId, String finalizedOn, String score, Grade grade) {
		return withDimensions(id, agencyId, finalizedOn, score, grade, "36", "18");
	}

	/** The evaluation as it would be of another contract. */
	static FinalEvaluation ofContract(FinalEvaluation e, String contractId) {
		return new FinalEvaluation(e.evaluationId(), contractId, e.agencyId(), e.kind(), e.finalizedOn(), e.score(),
				e.grade(), e.dimensions(), e.correctsEvaluationId());
	}

	static FinalEvaluation withDimensions(String id, String agencyId, String finalizedOn, String score, Grade grade,
			String service, String management) {
		return new FinalEvaluation(id, "contract-" + id, agencyId, "MID_TERM", LocalDate.parse(finalizedOn),
				new BigDecimal(score), grade,
				List.of(new FinalEvaluation.Dimension("1", "服务成效", new BigDecimal(service), new BigDecimal("40")),
						new FinalEvaluation.Dimension("2", "项目管理", new BigDecimal(management), new BigDecimal("20"))));
	}

}
