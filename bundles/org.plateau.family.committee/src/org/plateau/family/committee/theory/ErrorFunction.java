package org.plateau.family.committee.theory;

/**
 * erf(x) to about 1e-15 without allocating, for the online-SGD step, which evaluates g(x) = erf(x/sqrt 2) K + M times
 * per input (Hipparchus's {@code Erf.erf} goes through the regularised gamma function, which allocates a continued
 * fraction for |x| &gt; 1.2 and takes hundreds of iterations).
 */
public final class ErrorFunction {

	private static final double TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
	private static final double ONE_OVER_SQRT_PI = 1 / Math.sqrt(Math.PI);
	/** Where the series hands over to the continued fraction, and where erf is 1 to double precision. */
	private static final double SERIES_BELOW = 2.5;
	private static final double ONE_ABOVE = 6;
	/** Depth of the continued fraction: converged to 1e-16 from x = 2.5 on. */
	private static final int FRACTION_DEPTH = 90;

	private ErrorFunction() {
	}

	/** erf(x). */
	public static double erf(double x) {
		if (Double.isNaN(x)) {
			return x;
		}
		double ax = Math.abs(x);
		double value;
		if (ax < SERIES_BELOW) {
			// Abramowitz & Stegun 7.1.6: erf(x) = (2/sqrt pi) exp(-x^2) sum_n 2^n x^(2n+1)/(1.3...(2n+1)), all terms
			// positive, so nothing cancels
			double x2 = ax * ax;
			double term = ax;
			double sum = ax;
			for (int n = 1; n < 200 && term > 1e-17 * sum; n++) {
				term *= 2 * x2 / (2 * n + 1);
				sum += term;
			}
			value = TWO_OVER_SQRT_PI * Math.exp(-x2) * sum;
		} else if (ax < ONE_ABOVE) {
			// A&S 7.1.14: erfc(x) = exp(-x^2)/sqrt(pi) / (x + (1/2)/(x + (2/2)/(x + (3/2)/(x + ...)))), evaluated
			// from the bottom
			double fraction = ax;
			for (int n = FRACTION_DEPTH; n >= 1; n--) {
				fraction = ax + 0.5 * n / fraction;
			}
			value = 1 - ONE_OVER_SQRT_PI * Math.exp(-ax * ax) / fraction;
		} else {
			value = 1;
		}
		return x < 0 ? -value : value;
	}
}
