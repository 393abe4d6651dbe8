package cn.shegong.procurement.contract.model;

import java.time.LocalDate;
import java.util.Objects;

/** Who signed a contract for the buyer, and on which day. */
public record Signing(String signedBy, LocalDate signedOn) {

	public Signing {
		Objects.requireNonNull(signedBy, "signedBy");
		Objects.requireNonNull(signedOn, "signedOn");
	}

}
