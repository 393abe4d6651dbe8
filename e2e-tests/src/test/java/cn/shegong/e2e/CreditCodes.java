package cn.shegong.e2e;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Valid 统一社会信用代码 (GB 32100-2015) for test agencies: 5 (civil affairs) 2 (social
 * organisation), the division, a random organisation code and the check character the
 * standard prescribes.
 */
final class CreditCodes {

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private CreditCodes() {
	}

	static String fresh(String division) {
		StringBuilder code = new StringBuilder("52").append(division);
		for (int i = 0; i < 9; i++) {
			code.append(ThreadLocalRandom.current().nextInt(10));
		}
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
		}
		return code.append(ALPHABET.charAt((ALPHABET.length() - sum % ALPHABET.length()) % ALPHABET.length()))
			.toString();
	}

}
