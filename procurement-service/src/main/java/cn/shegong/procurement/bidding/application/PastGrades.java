package cn.shegong.procurement.bidding.application;

import cn.shegong.procurement.bidding.model.PastGrade;

/**
 * Where bid scoring learns how an agency's earlier projects ended. The final grades are
 * evaluation-service's; procurement keeps a copy of each as its EvaluationFinalized event
 * arrives.
 */
public interface PastGrades {

	/**
	 * The agency's most recent final grade, or {@link PastGrade#NONE} if none of its
	 * projects has one yet.
	 */
	PastGrade lastFinalGradeOf(String agencyId);

}
