package cn.shegong.talent.certificate.model;

/** Where a registration stands on a given day. */
public enum RegistrationStatus {

	NOT_YET_VALID,
	/** Valid, renewal not yet open. */
	VALID,
	/** Still valid, and inside the renewal window before expiry. */
	RENEWAL_DUE, EXPIRED;

	public boolean isValid() {
		return this == VALID || this == RENEWAL_DUE;
	}

}
