package cn.shegong.procurement.bidding.model;

/**
 * The share of the total score price may carry, in basis points (10000 = 100%). For
 * services it is 10% to 30% [NAT].
 */
public record PriceWeightRange(int minimumBasisPoints, int maximumBasisPoints) {

	public PriceWeightRange {
		if (minimumBasisPoints < 0 || maximumBasisPoints > 10_000 || minimumBasisPoints > maximumBasisPoints) {
			throw new IllegalArgumentException("a price weight range lies within 0..10000 basis points, was "
					+ minimumBasisPoints + ".." + maximumBasisPoints);
		}
	}

	/** 10%–30%, the range for purchased services [NAT]. */
	public static PriceWeightRange forServices() {
		return new PriceWeightRange(1_000, 3_000);
	}

	public boolean contains(int basisPoints) {
		return basisPoints >= this.minimumBasisPoints && basisPoints <= this.maximumBasisPoints;
	}

}
