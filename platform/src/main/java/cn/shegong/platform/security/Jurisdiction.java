package cn.shegong.platform.security;

/**
 * Which administrative division contains which, by GB/T 2260 code: the trailing "00"
 * pairs of a six-digit code are the levels it does not narrow down.
 */
public final class Jurisdiction {

	private Jurisdiction() {
	}

	public static boolean contains(String region, String other) {
		if (region == null || other == null) {
			return false;
		}
		String prefix = region;
		while (region.length() == 6 && prefix.endsWith("00")) {
			prefix = prefix.substring(0, prefix.length() - 2);
		}
		return !prefix.isEmpty() && other.startsWith(prefix);
	}

}
