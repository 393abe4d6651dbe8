package cn.shegong.evaluation.evaluator.persistence;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.shegong.evaluation.evaluation.model.Employment;
import cn.shegong.evaluation.evaluator.model.Evaluator;

@Document(EvaluatorDocument.COLLECTION)
record EvaluatorDocument(@Id String id, String name, String evaluatorOrgId, List<EmploymentDocument> employments,
		@Version Long version) {

	static final String COLLECTION = "evaluators";

	static EvaluatorDocument of(Evaluator evaluator) {
		return new EvaluatorDocument(evaluator.evaluatorId(), evaluator.name(), evaluator.evaluatorOrgId(),
				evaluator.employments().stream().map(EmploymentDocument::of).toList(), null);
	}

	Evaluator toEvaluator() {
		return new Evaluator(this.id, this.name, this.evaluatorOrgId, (this.employments == null) ? List.of()
				: this.employments.stream().map(EmploymentDocument::toEmployment).toList());
	}

	record EmploymentDocument(String agencyId, LocalDate from, LocalDate until) {

		static EmploymentDocument of(Employment employment) {
			return new EmploymentDocument(employment.agencyId(), employment.from(), employment.until());
		}

		Employment toEmployment() {
			return new Employment(this.agencyId, this.from, this.until);
		}

	}

}
