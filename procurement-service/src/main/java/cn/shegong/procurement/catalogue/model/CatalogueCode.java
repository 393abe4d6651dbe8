package cn.shegong.procurement.catalogue.model;

import java.util.Optional;
import java.util.regex.Pattern;

import cn.shegong.platform.problem.ProblemException;

/**
 * A code of the purchasable-services catalogue (政府购买服务指导性目录), three levels deep: a letter
 * and two digits per level, e.g. {@code C09} → {@code C0901} → {@code C090103}.
 */
public record CatalogueCode(String value) {

	private static final Pattern SHAPE = Pattern.compile("[A-Z](\\d{2}){1,3}");

	public CatalogueCode {
		if (value == null || !SHAPE.matcher(value).matches()) {
			throw ProblemException.ruleViolated("invalid-catalogue-code",
					"A catalogue code is a capital letter and 1 to 3 pairs of digits (e.g. C0901), got " + value);
		}
	}

	public static CatalogueCode of(String value) {
		return new CatalogueCode((value != null) ? value.trim().toUpperCase(java.util.Locale.ROOT) : null);
	}

	/** 1, 2 or 3. */
	public int level() {
		return (this.value.length() - 1) / 2;
	}

	public Optional<CatalogueCode> parent() {
		return (level() == 1) ? Optional.empty()
				: Optional.of(new CatalogueCode(this.value.substring(0, this.value.length() - 2)));
	}

	public boolean isWithin(CatalogueCode ancestor) {
		return this.value.startsWith(ancestor.value) && !this.equals(ancestor);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
