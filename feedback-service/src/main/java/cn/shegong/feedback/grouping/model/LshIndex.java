package cn.shegong.feedback.grouping.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Locality-sensitive hashing over MinHash signatures: each signature is cut into
 * {@code bands} bands of equal rows, and two entries are candidates when any band is
 * identical. With b bands of r rows, a pair of Jaccard similarity s becomes a candidate
 * with probability 1 - (1 - s^r)^b, so only likely matches reach the exact comparison.
 *
 * @param <K> what an entry points at (here: an issue group)
 */
public final class LshIndex<K> {

	private final int bands;

	private final Map<BandKey, Set<K>> buckets = new HashMap<>();

	public LshIndex(int bands) {
		if (bands < 1) {
			throw new IllegalArgumentException("an index needs at least one band, not " + bands);
		}
		this.bands = bands;
	}

	public void add(K key, long[] signature) {
		for (int band = 0; band < this.bands; band++) {
			this.buckets.computeIfAbsent(bandKey(band, signature), (any) -> new LinkedHashSet<>()).add(key);
		}
	}

	/** Entries sharing at least one band with the signature, in the order first added. */
	public Set<K> candidates(long[] signature) {
		Set<K> candidates = new LinkedHashSet<>();
		for (int band = 0; band < this.bands; band++) {
			candidates.addAll(this.buckets.getOrDefault(bandKey(band, signature), Set.of()));
		}
		return candidates;
	}

	private BandKey bandKey(int band, long[] signature) {
		if (signature.length % this.bands != 0) {
			throw new IllegalArgumentException(
					"%d hashes do not cut into %d equal bands".formatted(signature.length, this.bands));
		}
		int rows = signature.length / this.bands;
		return new BandKey(band, Arrays.copyOfRange(signature, band * rows, (band + 1) * rows));
	}

	private record BandKey(int band, long[] rows) {

		@Override
		public boolean equals(Object other) {
			return other instanceof BandKey key && key.band == this.band && Arrays.equals(key.rows, this.rows);
		}

		@Override
		public int hashCode() {
			return 31 * this.band + Arrays.hashCode(this.rows);
		}

	}

}
