package cn.shegong.procurement.registry.persistence;

import java.util.Objects;
import java.util.Optional;

import cn.shegong.procurement.registry.model.Agency;

/**
 * An agency as loaded, with what the store keeps beside the aggregate. {@code version} is
 * the version a change is based on: the one loaded, or the one a client last read.
 */
public record StoredAgency(Agency agency, String creditStatusReason, long version) {

	public StoredAgency {
		Objects.requireNonNull(agency, "agency");
	}

	public Optional<String> creditStatusReasonIfAny() {
		return Optional.ofNullable(this.creditStatusReason);
	}

	/** The same agency, changed on the basis of the version a client read. */
	public StoredAgency basedOn(long clientVersion) {
		return new StoredAgency(this.agency, this.creditStatusReason, clientVersion);
	}

	public StoredAgency withCreditStatusReason(String reason) {
		return new StoredAgency(this.agency, reason, this.version);
	}

}
