package cn.shegong.procurement.contract.model;

/**
 * Who contracts with whom, and for what: the award the contract comes from, the buyer and
 * its region, the awarded agency and the project's title.
 */
public record ContractParties(String tenderId, String projectId, String buyerId, String regionCode, String agencyId,
		String title) {

	public ContractParties {
		requireText(tenderId, "tenderId");
		requireText(projectId, "projectId");
		requireText(buyerId, "buyerId");
		requireText(regionCode, "regionCode");
		requireText(agencyId, "agencyId");
		requireText(title, "title");
	}

	private static void requireText(String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("a contract's " + name + " must not be blank");
		}
	}

}
