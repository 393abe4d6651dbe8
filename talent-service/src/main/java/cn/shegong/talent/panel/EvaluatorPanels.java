package cn.shegong.talent.panel;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import cn.shegong.talent.event.EvaluatorsAssigned;

/**
 * Talent's copy of evaluation's panels, one document per evaluation, so that evaluators
 * read the staffing of the contracts they evaluate. A panel is never removed: an
 * evaluator re-reads what they scored after the evaluation ends.
 */
@Repository
public class EvaluatorPanels {

	private final MongoTemplate mongo;

	EvaluatorPanels(MongoTemplate mongo) {
		this.mongo = mongo;
		mongo.indexOps(PanelDocument.COLLECTION)
			.createIndex(new Index().on("contractId", Sort.Direction.ASC).named("by_contract"));
	}

	/** Stores the panel under its evaluation's id; storing it again changes nothing. */
	void assigned(EvaluatorsAssigned panel) {
		this.mongo.save(new PanelDocument(panel.evaluationId(), panel.contractId(), panel.projectId(),
				panel.evaluatorIds(), panel.assignedOn()));
	}

	/** The evaluators of every evaluation of the contract, past and present. */
	public Set<String> evaluatorsOf(String contractId) {
		return this.mongo.find(Query.query(Criteria.where("contractId").is(contractId)), PanelDocument.class)
			.stream()
			.flatMap((panel) -> panel.evaluatorIds().stream())
			.collect(Collectors.toUnmodifiableSet());
	}

	@Document(PanelDocument.COLLECTION)
	record PanelDocument(@Id String evaluationId, String contractId, String projectId, List<String> evaluatorIds,
			LocalDate assignedOn) {

		static final String COLLECTION = "evaluator_panels";

	}

}
