package cn.shegong.procurement.budget.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.shegong.procurement.money.model.Money;

/**
 * The city's subsidy across one town's projects of one year [SEED 003]: each project's
 * spend is split in turn, in the order the projects start, so the yearly cap is used up
 * by the earlier ones and a later project may get less or nothing.
 */
public final class TownSubsidyLedger {

	private TownSubsidyLedger() {
	}

	/**
	 * The split of each project, by project id, in the order given.
	 * @param projectsInStartOrder the town's projects of one year, earliest start first
	 */
	public static Map<String, FundingSplit> split(List<PlannedSpend> projectsInStartOrder, BudgetRules rules) {
		Map<String, FundingSplit> splits = new LinkedHashMap<>();
		Money granted = Money.ZERO;
		for (PlannedSpend project : projectsInStartOrder) {
			FundingSplit split = FundingSplit.of(project.spend(), granted, rules);
			splits.put(project.projectId(), split);
			granted = granted.plus(split.citySubsidy());
		}
		return splits;
	}

	/** What one project plans to spend. */
	public record PlannedSpend(String projectId, Money spend) {

		public PlannedSpend {
			Objects.requireNonNull(projectId, "projectId");
			Objects.requireNonNull(spend, "spend");
		}

	}

}
