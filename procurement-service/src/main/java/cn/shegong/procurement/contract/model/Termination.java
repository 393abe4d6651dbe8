package cn.shegong.procurement.contract.model;

import java.time.LocalDate;
import java.util.Objects;

/** Why, when and by whom a running contract was ended before its final grade. */
public record Termination(String reason, LocalDate on, String by) {

	public Termination {
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(on, "on");
		Objects.requireNonNull(by, "by");
	}

}
