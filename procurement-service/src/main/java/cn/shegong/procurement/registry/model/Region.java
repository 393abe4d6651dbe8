package cn.shegong.procurement.registry.model;

import cn.shegong.platform.problem.ProblemException;

/**
 * An administrative division by its code: six digits (GB/T 2260: province, city, county,
 * two digits each) or nine digits for a town or street (乡镇/街道, GB/T 10114: the county's
 * six digits and three of its own).
 * <p>
 * A six-digit code names the largest unit its non-zero digit pairs reach: 330000 is
 * Zhejiang, 330400 the city of Jiaxing, 330481 the county-level city of Haining. So a
 * region contains another when the other's code starts with this code stripped of its
 * trailing "00" pairs. A nine-digit code is kept whole: its county part may itself end in
 * "00" where a city has no districts (Dongguan's towns are 441900xxx), so stripping would
 * wrongly widen it. A nine-digit code ending in "000" names no town and is refused.
 */
public record Region(String code) {

	private static final String NO_TOWN = "000";

	public Region {
		code = validated(code);
	}

	public static Region of(String code) {
		return new Region(code);
	}

	/** True when the other region is this one or lies inside it. */
	public boolean contains(Region other) {
		return other.code.startsWith(significantPrefix(this.code));
	}

	private static String significantPrefix(String code) {
		if (code.length() == 9) {
			return code;
		}
		String prefix = code;
		while (prefix.endsWith("00")) {
			prefix = prefix.substring(0, prefix.length() - 2);
		}
		return prefix;
	}

	private static String validated(String code) {
		if (code == null || !code.matches("\\d{6}|\\d{9}")) {
			throw invalid("a region code has 6 or 9 digits, got '%s'".formatted(code), code);
		}
		if (code.length() == 9 && code.endsWith(NO_TOWN)) {
			throw invalid("a 9-digit region code names a town, but '%s' ends in 000".formatted(code), code);
		}
		if (significantPrefix(code).isEmpty()) {
			throw invalid("region code '%s' names no division".formatted(code), code);
		}
		return code;
	}

	private static ProblemException invalid(String detail, String code) {
		return ProblemException.ruleViolated("invalid-region-code", detail, code);
	}

}
