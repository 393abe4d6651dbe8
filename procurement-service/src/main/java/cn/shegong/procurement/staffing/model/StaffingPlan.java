package cn.shegong.procurement.staffing.model;

import java.util.List;
import java.util.function.Predicate;

/**
 * The team an agency proposes for a project, position by position.
 */
public record StaffingPlan(List<PlannedPosition> positions) {

	public StaffingPlan {
		positions = List.copyOf(positions);
	}

	public static StaffingPlan of(PlannedPosition... positions) {
		return new StaffingPlan(List.of(positions));
	}

	public List<PlannedPosition> fullTimePositions() {
		return select(PlannedPosition::isFullTime);
	}

	int countFullTime() {
		return fullTimePositions().size();
	}

	int countFullTimeCertified() {
		return (int) this.positions.stream()
			.filter(PlannedPosition::isFullTime)
			.filter(PlannedPosition::certified)
			.count();
	}

	int countInRole(StaffRole role) {
		return select(position -> position.role() == role).size();
	}

	int countSupervisedWorkers() {
		return select(position -> position.role().isSupervisedWorker()).size();
	}

	private List<PlannedPosition> select(Predicate<PlannedPosition> condition) {
		return this.positions.stream().filter(condition).toList();
	}

}
