package cn.shegong.evaluation.callback.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One service the agency says it delivered, as it reported it for the evaluation: the
 * beneficiary by the agency's own reference (never a resident ID), when, what, and the
 * phone a callback reaches the beneficiary on.
 */
public record ServiceRecord(String beneficiaryId, LocalDate serviceDate, String serviceType, String summary,
		PhoneNumber phone) {

	public ServiceRecord {
		Objects.requireNonNull(beneficiaryId, "beneficiaryId");
		Objects.requireNonNull(serviceDate, "serviceDate");
		Objects.requireNonNull(serviceType, "serviceType");
		Objects.requireNonNull(phone, "phone");
		summary = (summary != null) ? summary : "";
	}

	/** A beneficiary served twice the same day in the same way is one record. */
	Service service() {
		return new Service(this.beneficiaryId, this.serviceDate, this.serviceType);
	}

	record Service(String beneficiaryId, LocalDate serviceDate, String serviceType) {
	}

}
