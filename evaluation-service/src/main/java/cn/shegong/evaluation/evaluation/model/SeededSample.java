package cn.shegong.evaluation.evaluation.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A reproducible random choice: the candidates sorted, then a Fisher–Yates shuffle driven
 * by {@link Random} with a recorded seed. {@code Random}'s generator is specified in its
 * Javadoc, so anyone with the seed and the candidate list gets the same choice on any
 * JVM.
 */
final class SeededSample {

	private SeededSample() {
	}

	/** The first {@code size} of the sorted candidates after a seeded shuffle. */
	static List<String> draw(List<String> candidates, int size, long seed) {
		List<String> pool = new ArrayList<>(candidates.stream().sorted().distinct().toList());
		if (size < 0 || size > pool.size()) {
			throw new IllegalArgumentException("cannot draw " + size + " of " + pool.size() + " candidates");
		}
		Random random = new Random(seed);
		for (int i = 0; i < size; i++) {
			int j = i + random.nextInt(pool.size() - i);
			pool.set(j, pool.set(i, pool.get(j)));
		}
		return List.copyOf(pool.subList(0, size));
	}

	/** n × basis points ÷ 10000, rounded up: a share is "at least" this many. */
	static int shareRoundedUp(int n, int basisPoints) {
		return (int) ((n * (long) basisPoints + EvaluationRules.WHOLE - 1) / EvaluationRules.WHOLE);
	}

	/**
	 * A seed anyone can derive again from the words that name the draw, e.g. year and
	 * region.
	 */
	static long seedOf(String words) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(words.getBytes(StandardCharsets.UTF_8));
			long seed = 0;
			for (int i = 0; i < Long.BYTES; i++) {
				seed = (seed << 8) | (hash[i] & 0xFF);
			}
			return seed;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

}
