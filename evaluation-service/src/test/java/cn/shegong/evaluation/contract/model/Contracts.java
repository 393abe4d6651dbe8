package cn.shegong.evaluation.contract.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Contracts as procurement's example awards them. */
public final class Contracts {

	private Contracts() {
	}

	/** A 2027 station contract with a mid-term and a final milestone. */
	public static Contract station2027(Map<String, Object> targets) {
		return new Contract("ctr-1", "prj-1", "tdr-1", "agency-1", "330481",
				new ContractTerm(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)),
				List.of(ContractMilestone.scheduled("ms-1", MilestoneType.MID_TERM, LocalDate.of(2027, 6, 30)),
						ContractMilestone.scheduled("ms-2", MilestoneType.FINAL, LocalDate.of(2027, 11, 30))),
				new StaffingRequirement(6, 4, 2, 3, 6), targets);
	}

	public static Contract station2027() {
		return station2027(Map.of("resourcesLinked", 5, "communityHoursShareBp", 6000));
	}

}
