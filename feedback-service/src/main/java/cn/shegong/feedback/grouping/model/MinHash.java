package cn.shegong.feedback.grouping.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * MinHash signatures: for each of {@code hashes} seeded hash functions, the smallest hash
 * over a set's shingles. The share of positions where two signatures agree estimates the
 * Jaccard similarity of the sets. Shingles are hashed from their UTF-8 bytes and the
 * seeds derive from one fixed seed, so a signature is the same on every machine and run.
 */
public final class MinHash {

	private final long[] seeds;

	public MinHash(int hashes, long seed) {
		if (hashes < 1) {
			throw new IllegalArgumentException("a signature needs at least one hash function, not " + hashes);
		}
		this.seeds = new long[hashes];
		long state = seed;
		for (int i = 0; i < hashes; i++) {
			state += 0x9E3779B97F4A7C15L;
			this.seeds[i] = mix(state);
		}
	}

	public int hashes() {
		return this.seeds.length;
	}

	/**
	 * The signature of a set of shingles; an empty set's is all {@code Long.MAX_VALUE}.
	 */
	public long[] signature(Set<String> shingles) {
		long[] signature = new long[this.seeds.length];
		Arrays.fill(signature, Long.MAX_VALUE);
		for (String shingle : shingles) {
			long base = fnv1a(shingle);
			for (int i = 0; i < this.seeds.length; i++) {
				signature[i] = Math.min(signature[i], mix(base ^ this.seeds[i]));
			}
		}
		return signature;
	}

	/** The estimated Jaccard similarity of the sets behind two signatures. */
	public static double estimate(long[] a, long[] b) {
		if (a.length != b.length) {
			throw new IllegalArgumentException(
					"signatures of %d and %d hashes cannot be compared".formatted(a.length, b.length));
		}
		int agreeing = 0;
		for (int i = 0; i < a.length; i++) {
			if (a[i] == b[i]) {
				agreeing++;
			}
		}
		return (double) agreeing / a.length;
	}

	private static long fnv1a(String shingle) {
		long hash = 0xcbf29ce484222325L;
		for (byte octet : shingle.getBytes(StandardCharsets.UTF_8)) {
			hash ^= (octet & 0xff);
			hash *= 0x100000001b3L;
		}
		return hash;
	}

	/** SplitMix64's finaliser: spreads every input bit over the whole output. */
	private static long mix(long value) {
		long z = value;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

}
