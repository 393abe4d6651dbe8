package cn.shegong.procurement.contract.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.shegong.procurement.contract.model.AddOn;
import cn.shegong.procurement.contract.model.AgreedTerms;
import cn.shegong.procurement.contract.model.Contract;
import cn.shegong.procurement.contract.model.ContractParties;
import cn.shegong.procurement.contract.persistence.ContractStore.Versioned;
import cn.shegong.procurement.delivery.model.ContractMilestone;
import cn.shegong.procurement.payment.model.GradePayout;
import cn.shegong.procurement.payment.model.PayoutPolicy;
import cn.shegong.procurement.payment.model.TrancheAmount;
import cn.shegong.procurement.project.model.PerformanceTargets;
import cn.shegong.procurement.staffing.model.StaffingRequirement;

/**
 * A contract as its parties see it: everything, including how grades pay and the buyer's
 * notes. Money as integer fen and as yuan text, never as a float.
 */
record ContractView(String id, long version, String status, String tenderId, String projectId, String buyerId,
		String regionCode, String agencyId, String title, long priceFen, String priceYuan, LocalDate termFrom,
		LocalDate termTo, List<TrancheView> tranches, List<MilestoneView> milestones, PerformanceTargets targets,
		StaffingView staffingRequirement, PayoutPolicyView payoutPolicy, String signedBy, LocalDate signedOn,
		String notes, List<AddOnView> addOns, long addedOnFen, String terminationReason, LocalDate terminatedOn) {

	static ContractView of(Versioned versioned) {
		Contract contract = versioned.contract();
		ContractParties p = contract.parties();
		AgreedTerms terms = contract.terms();
		return new ContractView(contract.id(), versioned.version(), contract.status().name(), p.tenderId(),
				p.projectId(), p.buyerId(), p.regionCode(), p.agencyId(), p.title(), terms.price().fen(),
				terms.price().yuan().toPlainString(), terms.term().from(), terms.term().to(),
				terms.tranches().stream().map(TrancheView::of).toList(), MilestoneView.allOf(contract.milestones()),
				terms.targets(), StaffingView.of(terms.staffingRequirement()),
				PayoutPolicyView.of(contract.payoutPolicy()),
				contract.signing().map((signing) -> signing.signedBy()).orElse(null),
				contract.signing().map((signing) -> signing.signedOn()).orElse(null), contract.notes().orElse(null),
				contract.addOns().stream().map(AddOnView::of).toList(), contract.addedOn().fen(),
				contract.termination().map((t) -> t.reason()).orElse(null),
				contract.termination().map((t) -> t.on()).orElse(null));
	}

	/** A single-source add-on (添购) agreed while the contract runs. */
	record AddOnView(String id, long amountFen, String amountYuan, String reason, LocalDate agreedOn, String agreedBy) {

		static AddOnView of(AddOn addOn) {
			return new AddOnView(addOn.id(), addOn.amount().fen(), addOn.amount().yuan().toPlainString(),
					addOn.reason(), addOn.agreedOn(), addOn.agreedBy());
		}

	}

	record TrancheView(String name, String trigger, int shareBasisPoints, long amountFen, String amountYuan) {

		static TrancheView of(TrancheAmount amount) {
			return new TrancheView(amount.tranche().name(), amount.tranche().trigger().name(),
					amount.tranche().shareBasisPoints(), amount.amount().fen(), amount.amount().yuan().toPlainString());
		}

	}

	record MilestoneView(String milestoneId, String type, LocalDate dueOn, String status) {

		static List<MilestoneView> allOf(List<ContractMilestone> milestones) {
			return milestones.stream()
				.map((m) -> new MilestoneView(m.milestoneId(), m.type().name(), m.dueOn(), m.status().name()))
				.toList();
		}

	}

	record StaffingView(int minimumFullTimeStaff, int minimumCertified, String minimumCertifiedRatio,
			int workersPerSupervisor) {

		static StaffingView of(StaffingRequirement requirement) {
			return new StaffingView(requirement.minimumFullTimeStaff(), requirement.minimumCertified(),
					requirement.minimumCertifiedRatio().toString(), requirement.workersPerSupervisor());
		}

	}

	record PayoutPolicyView(Map<String, GradePayout> payoutByGrade, String leastMidTermGrade) {

		static PayoutPolicyView of(PayoutPolicy policy) {
			Map<String, GradePayout> byGrade = new TreeMap<>();
			policy.payoutByGrade().forEach((grade, payout) -> byGrade.put(grade.name(), payout));
			return new PayoutPolicyView(byGrade, policy.leastMidTermGrade().name());
		}

	}

}
