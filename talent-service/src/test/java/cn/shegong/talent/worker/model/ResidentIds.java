package cn.shegong.talent.worker.model;

import java.util.concurrent.ThreadLocalRandom;

/** Resident ID numbers for tests: valid ones with their check digit, and fresh ones. */
public final class ResidentIds {

	/** A well-known valid example: Haining, born 1990-03-07. */
	public static final String HAINING_1990 = valid("330481", "19900307", "123");

	private ResidentIds() {
	}

	public static String valid(String region, String birthDate, String sequence) {
		String body = region + birthDate + sequence;
		return body + ResidentId.checkCharacterOf(body);
	}

	/** A valid number no other test uses, so tests sharing the store do not collide. */
	public static String fresh() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String birthDate = "%04d%02d%02d".formatted(random.nextInt(1960, 2005), random.nextInt(1, 13),
				random.nextInt(1, 29));
		return valid("3304" + "%02d".formatted(random.nextInt(1, 90)), birthDate,
				"%03d".formatted(random.nextInt(0, 1000)));
	}

	/** The same number with its check character replaced by a wrong one. */
	public static String withWrongCheckDigit(String valid) {
		char wrong = (valid.charAt(17) == '0') ? '1' : '0';
		return valid.substring(0, 17) + wrong;
	}

}
