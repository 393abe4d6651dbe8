package cn.shegong.e2e;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Valid, made-up resident ID numbers (GB 11643 with its ISO 7064 MOD 11-2 check
 * character), a new one each call: a worker is unique across the platform and a reused
 * suite keeps its data.
 */
final class ResidentIds {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK = "10X98765432";

	private ResidentIds() {
	}

	static String next() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		LocalDate born = LocalDate.of(1975, 1, 1).plusDays(random.nextInt(9000));
		String first17 = "330481" + born.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return first17 + CHECK.charAt(sum % 11);
	}

}
