package cn.shegong.procurement.contract.application;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.shegong.procurement.contract.model.Contract;
import cn.shegong.procurement.contract.model.ContractParties;
import cn.shegong.procurement.payment.model.PaymentRecord;
import cn.shegong.procurement.project.model.PerformanceTargets;
import cn.shegong.procurement.staffing.model.StaffingRequirement;

/**
 * The data of the contract and payment events as their JSON Schemas under
 * {@code resources/events/} define them: field names and shapes belong to the published
 * contract with consumers, not to the domain classes.
 */
final class ContractEventData {

	private ContractEventData() {
	}

	/** {@code procurement.ContractAwarded} v1. */
	record Awarded(String contractId, String tenderId, String projectId, String agencyId, String regionCode,
			long priceFen, LocalDate termFrom, LocalDate termTo, List<MilestoneData> milestones,
			StaffingData staffingRequirement, Map<String, Object> targets) {

		static Awarded of(Contract contract) {
			ContractParties parties = contract.parties();
			return new Awarded(contract.id(), parties.tenderId(), parties.projectId(), parties.agencyId(),
					parties.regionCode(), contract.terms().price().fen(), contract.terms().term().from(),
					contract.terms().term().to(),
					contract.milestones()
						.stream()
						.map((m) -> new MilestoneData(m.milestoneId(), m.type().name(), m.dueOn()))
						.toList(),
					StaffingData.of(contract.terms().staffingRequirement()), targets(contract.terms().targets()));
		}

		/**
		 * The schema allows flat integer or text values only, so each service volume
		 * becomes its own {@code serviceVolume.<kind>} entry.
		 */
		private static Map<String, Object> targets(PerformanceTargets targets) {
			Map<String, Object> flat = new LinkedHashMap<>();
			flat.put("satisfactionRateBp", targets.satisfactionBp());
			flat.put("awarenessRateBp", targets.awarenessBp());
			flat.put("coverageRateBp", targets.coverageBp());
			flat.put("responseHours", targets.responseHours());
			flat.put("resourcesLinked", targets.resourcesLinked());
			flat.put("communityHoursShareBp", targets.communityHoursShareBp());
			targets.serviceVolumes().forEach((kind, volume) -> flat.put("serviceVolume." + kind, volume));
			return flat;
		}

	}

	record MilestoneData(String milestoneId, String type, LocalDate dueOn) {

	}

	record StaffingData(int minimumStaff, int minimumCertified, int certifiedRatioNumerator,
			int certifiedRatioDenominator, int workersPerSupervisor) {

		static StaffingData of(StaffingRequirement requirement) {
			return new StaffingData(requirement.minimumFullTimeStaff(), requirement.minimumCertified(),
					requirement.minimumCertifiedRatio().numerator(), requirement.minimumCertifiedRatio().denominator(),
					requirement.workersPerSupervisor());
		}

	}

	/**
	 * {@code procurement.PaymentReleased} v1. The signing tranche follows no grade, so
	 * its event carries no grade and no evaluation id (the schema allows that for
	 * {@code ON_SIGNING} only).
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Released(String paymentId, String contractId, String agencyId, String tranche, long releasedFen,
			long heldFen, String grade, String evaluationId) {

		static Released of(Contract contract, PaymentRecord payment) {
			return new Released(payment.paymentId(), contract.id(), contract.agencyId(), payment.tranche().name(),
					payment.released().fen(), payment.held().fen(),
					(payment.grade() != null) ? payment.grade().name() : null, payment.evaluationId());
		}

	}

	/** {@code procurement.PaymentWithheld} v1. */
	record Withheld(String paymentId, String contractId, String agencyId, String tranche, long withheldFen,
			String grade, String evaluationId, String reason) {

		static Withheld of(Contract contract, PaymentRecord payment) {
			return new Withheld(payment.paymentId(), contract.id(), contract.agencyId(), payment.tranche().name(),
					payment.withheld().fen(), payment.grade().name(), payment.evaluationId(), payment.reason());
		}

	}

}
