package cn.shegong.talent.staffing.model;

/**
 * A non-negative ratio kept as numerator and denominator, so that 4 of 6 compares equal
 * to 2/3 exactly, which no binary floating point can promise. Not reduced: {@code 4/6}
 * still says how many of how many.
 */
public record Fraction(int numerator, int denominator) {

	public Fraction {
		if (numerator < 0 || denominator <= 0) {
			throw new IllegalArgumentException(
					"a fraction needs a non-negative numerator and a positive denominator, was " + numerator + "/"
							+ denominator);
		}
	}

	public static Fraction of(int numerator, int denominator) {
		return new Fraction(numerator, denominator);
	}

	public boolean isAtLeast(Fraction other) {
		return compareTo(other) >= 0;
	}

	public boolean isGreaterThan(Fraction other) {
		return compareTo(other) > 0;
	}

	private int compareTo(Fraction other) {
		return Long.compare((long) this.numerator * other.denominator, (long) other.numerator * this.denominator);
	}

	@Override
	public String toString() {
		return this.numerator + "/" + this.denominator;
	}

}
