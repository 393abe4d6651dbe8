package cn.shegong.talent.staffing.model;

/**
 * What a person does on a project's team. Frontline social workers and assistants are the
 * workers a supervisor looks after; the station head and the supervisors themselves are
 * not counted as supervised.
 */
public enum StaffRole {

	STATION_HEAD("站长"), SUPERVISOR("督导"), FRONTLINE("一线社工"), ASSISTANT("辅助人员");

	private final String chineseName;

	StaffRole(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

	/** Whether this role counts toward the workers of the supervisor-to-worker ratio. */
	public boolean isSupervisedWorker() {
		return this == FRONTLINE || this == ASSISTANT;
	}

}
