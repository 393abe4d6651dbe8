package cn.shegong.evaluation.contract.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document(ProjectBuyerDocument.COLLECTION)
record ProjectBuyerDocument(@Id String projectId, String buyerId, String regionCode) {

	static final String COLLECTION = "project_buyers";

}
