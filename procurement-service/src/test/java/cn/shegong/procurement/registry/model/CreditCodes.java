package cn.shegong.procurement.registry.model;

/**
 * Unified social credit codes whose check characters were computed independently of the
 * production code (a separate script over the GB 32100-2015 weights) and match it.
 */
final class CreditCodes {

	/** The example widely published with the standard's explanations. */
	static final String PUBLISHED_EXAMPLE = "91350100M000100Y43";

	/** A company registered in Beijing (check character a letter). */
	static final String BEIJING_COMPANY = "91110000802100433B";

	/** A civil-affairs registered social organisation (52) in Haining, 330481. */
	static final String HAINING_SOCIAL_ORGANISATION = "52330481MA28A1234P";

	/**
	 * First 17 characters whose weighted sum is 0 mod 31, so the check character is '0'.
	 */
	static final String CHECK_CHARACTER_ZERO = "121000004000003980";

	private CreditCodes() {
	}

	static UnifiedSocialCreditCode haining() {
		return UnifiedSocialCreditCode.parse(HAINING_SOCIAL_ORGANISATION);
	}

}
