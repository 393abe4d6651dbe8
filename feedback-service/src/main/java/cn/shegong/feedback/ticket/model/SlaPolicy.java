package cn.shegong.feedback.ticket.model;

import java.time.Duration;
import java.util.Map;

/**
 * Which resolution clock a buyer holds its agencies to: its own terms where it set them,
 * else the platform's default.
 */
public record SlaPolicy(SlaTerms defaults, Map<String, SlaTerms> perBuyer) {

	/** DOMAIN.md §5: resolved within 48 hours, 24 hours as the target. */
	public static final SlaTerms PLATFORM_DEFAULT = new SlaTerms(Duration.ofHours(48), Duration.ofHours(24));

	public SlaPolicy {
		if (defaults == null) {
			throw new IllegalArgumentException("an SLA policy needs default terms");
		}
		perBuyer = Map.copyOf(perBuyer);
	}

	public SlaTerms termsFor(String buyerId) {
		return (buyerId != null) ? this.perBuyer.getOrDefault(buyerId, this.defaults) : this.defaults;
	}

}
