package cn.shegong.procurement.contract.model;

/** A contract is drawn up from the award, signed, and completed by its final grade. */
public enum ContractStatus {

	DRAFT, SIGNED, COMPLETED;

	/** Signed contracts, running or completed, are published [NAT 102 art 23]. */
	public boolean isPublic() {
		return this != DRAFT;
	}

}
