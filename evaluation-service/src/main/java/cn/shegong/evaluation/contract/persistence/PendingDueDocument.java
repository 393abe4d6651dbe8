package cn.shegong.evaluation.contract.persistence;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.shegong.evaluation.contract.model.MilestoneType;

@Document(PendingDueDocument.COLLECTION)
record PendingDueDocument(@Id String id, String contractId, String milestoneId, MilestoneType type, LocalDate dueOn) {

	static final String COLLECTION = "pending_milestone_dues";

}
