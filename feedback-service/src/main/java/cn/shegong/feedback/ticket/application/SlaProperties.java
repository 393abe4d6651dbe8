package cn.shegong.feedback.ticket.application;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Name;

import cn.shegong.feedback.ticket.model.SlaPolicy;
import cn.shegong.feedback.ticket.model.SlaTerms;

/**
 * The resolution clock under {@code shegong.feedback.sla}: {@code default.deadline} and
 * {@code default.target} (48 h and 24 h unless set), and per buyer
 * {@code buyers.<buyerId>.deadline/target}; a buyer that sets only one keeps the default
 * for the other. Terms that cannot hold (not positive, target after deadline) stop the
 * service at start-up.
 */
@ConfigurationProperties("shegong.feedback.sla")
public record SlaProperties(@Name("default") Terms defaults, Map<String, Terms> buyers) {

	public SlaProperties {
		defaults = (defaults != null) ? defaults : new Terms(null, null);
		buyers = (buyers != null) ? Map.copyOf(buyers) : Map.of();
		policy(defaults, buyers);
	}

	public SlaPolicy policy() {
		return policy(this.defaults, this.buyers);
	}

	private static SlaPolicy policy(Terms defaults, Map<String, Terms> buyers) {
		SlaTerms base = defaults.over(SlaPolicy.PLATFORM_DEFAULT);
		Map<String, SlaTerms> perBuyer = new HashMap<>();
		buyers.forEach((buyer, terms) -> perBuyer.put(buyer, terms.over(base)));
		return new SlaPolicy(base, perBuyer);
	}

	/** Terms as configured; an unset value keeps the one it overrides. */
	public record Terms(Duration deadline, Duration target) {

		SlaTerms over(SlaTerms fallback) {
			return new SlaTerms((this.deadline != null) ? this.deadline : fallback.deadline(),
					(this.target != null) ? this.target : fallback.target());
		}

	}

}
