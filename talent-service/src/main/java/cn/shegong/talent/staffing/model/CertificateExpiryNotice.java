package cn.shegong.talent.staffing.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * When to warn that a certificate registration is about to lapse, so the agency renews it
 * before the worker stops counting toward staffing. Defaults: 90 days ahead, when the
 * renewal window opens 3 months before expiry [NAT], and again 30 days ahead [OURS].
 *
 * @param daysAhead how many days before the last valid day each notice goes out
 */
public record CertificateExpiryNotice(List<Integer> daysAhead) {

	public CertificateExpiryNotice {
		daysAhead = daysAhead.stream().sorted(Comparator.reverseOrder()).distinct().toList();
		if (daysAhead.isEmpty() || daysAhead.get(daysAhead.size() - 1) < 0) {
			throw new IllegalArgumentException(
					"expiry notices need one or more non-negative days ahead, were " + daysAhead);
		}
	}

	/** 90 [NAT] and 30 [OURS] days ahead. */
	public static CertificateExpiryNotice defaults() {
		return new CertificateExpiryNotice(List.of(90, 30));
	}

	/**
	 * The notice due today, if any, named by its days ahead. Each goes out at most once;
	 * a notice missed (the service was down, the certificate recorded late) is not sent
	 * late once a nearer one is due, and nothing is sent once the registration lapsed.
	 * @param alreadySent the days-ahead of notices sent for this registration
	 */
	public OptionalInt dueOn(LocalDate lastValidDay, LocalDate today, Set<Integer> alreadySent) {
		long daysLeft = ChronoUnit.DAYS.between(today, lastValidDay);
		if (daysLeft < 0) {
			return OptionalInt.empty();
		}
		OptionalInt nearest = this.daysAhead.stream()
			.mapToInt(Integer::intValue)
			.filter((ahead) -> ahead >= daysLeft)
			.min();
		if (nearest.isEmpty()) {
			return nearest;
		}
		boolean supersededOrSent = alreadySent.stream().anyMatch((sent) -> sent <= nearest.getAsInt());
		return supersededOrSent ? OptionalInt.empty() : nearest;
	}

}
