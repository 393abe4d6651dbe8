package cn.shegong.procurement.project.web;

import java.time.LocalDate;
import java.util.List;

import cn.shegong.procurement.budget.model.BudgetLine;
import cn.shegong.procurement.budget.model.FundingSplit;
import cn.shegong.procurement.payment.model.Tranche;
import cn.shegong.procurement.staffing.model.StaffingRequirement;
import cn.shegong.procurement.project.model.Milestone;
import cn.shegong.procurement.project.model.PerformanceTargets;
import cn.shegong.procurement.project.model.Project;
import cn.shegong.procurement.project.model.Project.ProjectDefinition;
import cn.shegong.procurement.project.persistence.ProjectStore.Versioned;

/**
 * A project as its readers see it. Money as integer fen and as yuan text, never as a
 * float.
 */
record ProjectView(String id, long version, String status, String buyerId, String regionCode, String title,
		String projectType, String serviceArea, List<String> targetGroups, String catalogueCode, boolean budgetApproved,
		long budgetFen, String budgetYuan, List<LineView> budgetLines, LocalDate termFrom, LocalDate termTo,
		List<Milestone> milestones, PerformanceTargets targets, StaffingView staffingRequirement,
		List<TrancheView> paymentSchedule, FundingView funding) {

	static ProjectView of(Versioned versioned, FundingSplit funding) {
		Project project = versioned.project();
		ProjectDefinition d = project.definition();
		return new ProjectView(project.id(), versioned.version(), project.status().name(), d.buyerId(), d.regionCode(),
				d.title(), d.projectType().name(), d.serviceArea(), d.targetGroups().stream().sorted().toList(),
				project.catalogueCode().map(Object::toString).orElse(null), project.budgetApprovedBy().isPresent(),
				d.budget().total().fen(), d.budget().total().yuan().toPlainString(),
				d.budget().lines().stream().map(LineView::of).toList(), d.term().from(), d.term().to(),
				project.milestones(), d.targets(), StaffingView.of(d.staffingRequirement()),
				d.paymentSchedule().tranches().stream().map(TrancheView::of).toList(), FundingView.of(funding));
	}

	record StaffingView(int minimumFullTimeStaff, int minimumCertified, String minimumCertifiedRatio,
			int workersPerSupervisor) {

		static StaffingView of(StaffingRequirement requirement) {
			return new StaffingView(requirement.minimumFullTimeStaff(), requirement.minimumCertified(),
					requirement.minimumCertifiedRatio().toString(), requirement.workersPerSupervisor());
		}

	}

	record TrancheView(String name, int shareBasisPoints, String trigger) {

		static TrancheView of(Tranche tranche) {
			return new TrancheView(tranche.name(), tranche.shareBasisPoints(), tranche.trigger().name());
		}

	}

	/** The city's capped subsidy and the town's share of the budget [SEED 003]. */
	record FundingView(long citySubsidyFen, String citySubsidyYuan, long townShareFen, String townShareYuan,
			boolean townCapReached) {

		static FundingView of(FundingSplit split) {
			return new FundingView(split.citySubsidy().fen(), split.citySubsidy().yuan().toPlainString(),
					split.townShare().fen(), split.townShare().yuan().toPlainString(), split.capReached());
		}

	}

	record LineView(String category, long amountFen, String amountYuan) {

		static LineView of(BudgetLine line) {
			return new LineView(line.category().name(), line.amount().fen(), line.amount().yuan().toPlainString());
		}

	}

}
