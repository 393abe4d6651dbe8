package cn.shegong.procurement.project.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.shegong.procurement.budget.model.BudgetLine;
import cn.shegong.procurement.budget.model.BudgetRules;
import cn.shegong.procurement.budget.model.ProjectBudget;
import cn.shegong.procurement.catalogue.model.CatalogueCode;
import cn.shegong.procurement.money.model.Money;
import cn.shegong.procurement.payment.model.PaymentSchedule;
import cn.shegong.procurement.project.model.Project.ProjectDefinition;
import cn.shegong.procurement.staffing.model.StaffingRequirement;

/** Projects as tests need them: a township station project of Maqiao, 2027. */
final class Projects {

	private Projects() {
	}

	static ProjectDefinition stationProject() {
		ProjectBudget budget = ProjectBudget.of(BudgetRules.defaults(), BudgetLine.personnel(Money.ofYuan(330_000)),
				BudgetLine.activities(Money.ofYuan(120_000)), BudgetLine.management(Money.ofYuan(30_000)));
		ContractTerm term = ContractTerm.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), null,
				TermRules.defaults());
		return new ProjectDefinition("prj-maqiao-2027", "buyer-330481-maqiao", "330481", "马桥街道社会工作服务站运营项目",
				ProjectType.CORE, "马桥街道", Set.of("ELDERLY", "CHILDREN"), budget, term, StaffingRequirement.defaults(),
				PerformanceTargets.defaults(Map.of("cases", 30)), PaymentSchedule.defaults());
	}

	static Project draftWithCatalogueCode() {
		return Project.draft(stationProject(), Optional.of(CatalogueCode.of("C090101")), TermRules.defaults());
	}

}
