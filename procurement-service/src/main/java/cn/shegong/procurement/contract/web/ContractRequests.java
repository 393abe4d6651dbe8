package cn.shegong.procurement.contract.web;

import java.util.EnumMap;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.shegong.procurement.payment.model.Grade;
import cn.shegong.procurement.payment.model.GradePayout;
import cn.shegong.procurement.payment.model.PayoutPolicy;

/** The bodies the contract endpoints accept. */
final class ContractRequests {

	private ContractRequests() {
	}

	/**
	 * @param notes the buyer's internal notes; never published
	 */
	record DrawUp(@NotBlank String tenderId, @Size(max = 4000) String notes) {

	}

	record VersionedChange(@NotNull Long version) {

	}

	/** Ending a running contract; a blank reason is the domain's to refuse. */
	record Termination(String reason, @NotNull Long version) {

	}

	/**
	 * A single-source add-on: yuan with at most two decimals, and why (the domain refuses
	 * a blank reason by its rule).
	 */
	record AddOn(@NotNull @Pattern(regexp = "(?=.*[1-9])\\d{1,12}(\\.\\d{1,2})?") String amountYuan, String reason,
			@NotNull Long version) {

	}

	/**
	 * How each grade pays a tranche, in basis points of the tranche, and the least
	 * mid-term grade that pays the mid-term tranche at all. Every grade must be named.
	 */
	record PayoutPolicyChange(@NotNull Long version, @NotNull Map<Grade, @Valid @NotNull GradeShares> payoutByGrade,
			@NotNull Grade leastMidTermGrade) {

		PayoutPolicy policy() {
			Map<Grade, GradePayout> byGrade = new EnumMap<>(Grade.class);
			this.payoutByGrade.forEach((grade, shares) -> byGrade.put(grade,
					new GradePayout(shares.releasedBasisPoints(), shares.heldBasisPoints())));
			return new PayoutPolicy(byGrade, this.leastMidTermGrade);
		}

	}

	record GradeShares(@NotNull Integer releasedBasisPoints, @NotNull Integer heldBasisPoints) {

	}

}
