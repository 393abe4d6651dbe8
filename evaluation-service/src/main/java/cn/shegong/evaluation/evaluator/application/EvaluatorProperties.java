package cn.shegong.evaluation.evaluator.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Under {@code shegong.evaluation.evaluators}: the demo evaluator registered at start-up
 * when absent, so that the demo realm's evaluator can be assigned. An empty id registers
 * none.
 *
 * @param demoId the demo evaluator's sign-in name ({@code evaluator.zhiping})
 * @param demoName their name ({@code 钱志平})
 * @param demoOrganisationId their organisation ({@code eval-zhiping})
 */
@ConfigurationProperties("shegong.evaluation.evaluators")
public record EvaluatorProperties(@DefaultValue("evaluator.zhiping") String demoId,
		@DefaultValue("钱志平") String demoName, @DefaultValue("eval-zhiping") String demoOrganisationId) {

	public EvaluatorProperties {
		if (demoId != null && !demoId.isBlank() && (demoName == null || demoName.isBlank() || demoOrganisationId == null
				|| demoOrganisationId.isBlank())) {
			throw new IllegalArgumentException("the demo evaluator " + demoId + " needs a name and an organisation id");
		}
	}

	boolean registersDemo() {
		return this.demoId != null && !this.demoId.isBlank();
	}

}
