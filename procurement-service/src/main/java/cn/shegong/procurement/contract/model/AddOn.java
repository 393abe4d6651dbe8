package cn.shegong.procurement.contract.model;

import java.time.LocalDate;
import java.util.Objects;

import cn.shegong.procurement.money.model.Money;

/**
 * A single-source add-on (添购) agreed with the contracted agency: more of the same
 * service, within a share of the original contract [NAT 政府采购法 art 31(3)].
 */
public record AddOn(String id, Money amount, String reason, LocalDate agreedOn, String agreedBy) {

	public AddOn {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(agreedOn, "agreedOn");
		Objects.requireNonNull(agreedBy, "agreedBy");
	}

}
