package cn.shegong.evaluation;

import cn.shegong.platform.test.ServiceContract;
import cn.shegong.platform.test.ServiceIntegrationTest;

@ServiceIntegrationTest
class EvaluationServiceContextIT extends ServiceContract {

	EvaluationServiceContextIT() {
		super("/api/evaluation", "evaluation.events");
	}

}
