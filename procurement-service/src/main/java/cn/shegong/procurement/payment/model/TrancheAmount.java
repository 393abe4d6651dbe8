package cn.shegong.procurement.payment.model;

import java.util.Objects;

import cn.shegong.procurement.money.model.Money;

/** A tranche of a schedule with the amount it pays under one contract price. */
public record TrancheAmount(Tranche tranche, Money amount) {

	public TrancheAmount {
		Objects.requireNonNull(tranche, "tranche");
		Objects.requireNonNull(amount, "amount");
	}

}
