package cn.shegong.procurement.bidding.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import cn.shegong.procurement.bidding.model.BidTerms;
import cn.shegong.procurement.money.model.Money;
import cn.shegong.procurement.staffing.model.PlannedPosition;
import cn.shegong.procurement.staffing.model.StaffRole;
import cn.shegong.procurement.staffing.model.StaffingPlan;

/** The bodies the bid endpoints accept. The agency is the caller's, never the body's. */
final class BidRequests {

	/** Yuan with at most two decimals. */
	static final String YUAN = "\\d{1,12}(\\.\\d{1,2})?";

	private BidRequests() {
	}

	record Submission(@NotNull @Pattern(regexp = "(?=.*[1-9])" + YUAN) String priceYuan,
			@NotBlank String proposalSummary, @NotEmpty List<@Valid @NotNull Position> staffingPlan) {

		BidTerms terms() {
			return new BidTerms(Money.ofYuan(this.priceYuan), this.proposalSummary,
					new StaffingPlan(this.staffingPlan.stream().map(Position::planned).toList()));
		}

	}

	/** New terms replacing the whole of the old ones, made on the bid's version. */
	record Amendment(@NotNull @Pattern(regexp = "(?=.*[1-9])" + YUAN) String priceYuan,
			@NotBlank String proposalSummary, @NotEmpty List<@Valid @NotNull Position> staffingPlan,
			@NotNull Long version) {

		BidTerms terms() {
			return new Submission(this.priceYuan, this.proposalSummary, this.staffingPlan).terms();
		}

	}

	record Position(@NotNull StaffRole role, @NotBlank String name, boolean certified,
			@Min(1) @Max(PlannedPosition.FULL_TIME) int fteBasisPoints,
			@NotNull @Pattern(regexp = YUAN) String monthlySalaryYuan) {

		PlannedPosition planned() {
			return new PlannedPosition(this.role, this.name, this.certified, this.fteBasisPoints,
					Money.ofYuan(this.monthlySalaryYuan));
		}

	}

	record Withdrawal(@NotNull Long version) {

	}

}
