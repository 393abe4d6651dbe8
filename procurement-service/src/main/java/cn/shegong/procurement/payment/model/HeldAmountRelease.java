package cn.shegong.procurement.payment.model;

import java.time.LocalDate;
import java.util.Objects;

import cn.shegong.procurement.money.model.Money;

/**
 * The held part of a payout, payable now that the agency's rectification has been
 * verified.
 */
public record HeldAmountRelease(Money payable, LocalDate rectificationVerifiedOn) {

	public HeldAmountRelease {
		Objects.requireNonNull(payable, "payable");
		Objects.requireNonNull(rectificationVerifiedOn, "rectificationVerifiedOn");
	}

}
