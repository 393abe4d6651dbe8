package cn.shegong.procurement.contract.model;

/**
 * A contract is drawn up from the award, signed, and completed by its final grade, or
 * terminated by the buyer before it.
 */
public enum ContractStatus {

	DRAFT, SIGNED, COMPLETED, TERMINATED;

	/** Signed contracts, running or completed, are published [NAT 102 art 23]. */
	public boolean isPublic() {
		return this != DRAFT;
	}

}
