package org.plateau.family.localization.data;

import org.hipparchus.special.Erf;

/**
 * The single-pixel marginal of an image model that is a Gaussian copula: the pixel is x = f(z) of a standard normal z
 * (spec 2(b)), standardised to unit variance. The amplifier phi(a) of the effective dynamics and the kurtosis depend on
 * the class only through this marginal. {@link #ofNormal} is the sampler's fast map (nothing allocated), {@link
 * #ofNormalAccurately} the quadrature's, accurate in the far tails where the algebraic marginals live.
 */
public abstract class PixelMarginal {

	private static final double SQRT2 = Math.sqrt(2);

	/** The sampler's table of the standardised map on |z| &lt;= 8, steps of 1/1024 (see {@link #tabulated()}). */
	private static final double TABLE_END = 8;
	private static final int TABLE_PER_UNIT = 1024;

	private final String label;
	private double scale = 1;
	private double[] table;
	private double[] slopes;

	PixelMarginal(String label) {
		this.label = label;
	}

	/** Divides by the standard deviation of the raw map, computed by quadrature. */
	final PixelMarginal standardised() {
		double variance = NormalQuadrature.expectation(z -> {
			double x = raw(z, true);
			return x * x;
		});
		scale = 1 / Math.sqrt(variance);
		return this;
	}

	/** The raw (unstandardised) map; {@code accurate} asks for tail accuracy. */
	abstract double raw(double z, boolean accurate);

	/** What the marginal is, e.g. "NLGP(g = 100)". */
	public String label() {
		return label;
	}

	/** The standard deviation of the raw map, by which the pixel is divided (e.g. Z(g), std_k). */
	public double standardDeviation() {
		return 1 / scale;
	}

	/**
	 * This marginal, read by the sampler from a table of its accurate map on |z| &lt;= 8 (odd in z) with cubic
	 * Hermite interpolation, for maps that cost two pow calls per pixel (the NORTA quantiles); beyond 8 (probability
	 * 1e-15) the accurate map.
	 */
	final PixelMarginal tabulated() {
		int n = (int) (TABLE_END * TABLE_PER_UNIT);
		table = new double[n + 2];
		slopes = new double[n + 2];
		double h = 1.0 / TABLE_PER_UNIT;
		for (int i = 0; i <= n + 1; i++) {
			table[i] = ofNormalAccurately(i * h);
		}
		for (int i = 0; i <= n + 1; i++) {
			double z = i * h;
			double e = h / 16;
			// slope per table step, by a central difference of the accurate map (one-sided at 0, where maps are odd)
			slopes[i] = i == 0 ? (ofNormalAccurately(e) - ofNormalAccurately(0)) / e * h
					: (ofNormalAccurately(z + e) - ofNormalAccurately(z - e)) / (2 * e) * h;
		}
		return this;
	}

	/** The pixel of a standard normal z, for the sampler. */
	public final double ofNormal(double z) {
		double[] t = table;
		if (t != null) {
			double a = Math.abs(z);
			if (a < TABLE_END) {
				double u = a * TABLE_PER_UNIT;
				int i = (int) u;
				u -= i;
				return Math.copySign(CubicHermite.between(t[i], t[i + 1], slopes[i], slopes[i + 1], u), z);
			}
			return ofNormalAccurately(z);
		}
		return scale * raw(z, false);
	}

	/** The pixel of a standard normal z, accurate in the tails, for quadrature. */
	public final double ofNormalAccurately(double z) {
		return scale * raw(z, true);
	}

	/** Whether E x^4 is finite (false for the heavy tails of Alg(k), k &lt;= 4). */
	public boolean hasFiniteKurtosis() {
		return true;
	}

	/** Whether the pixel is a Gaussian (the weak-dependence step of the effective dynamics is then exact). */
	public boolean isGaussian() {
		return false;
	}

	/** The Gaussian control: x = z. */
	public static PixelMarginal gaussian() {
		return new PixelMarginal("Gaussian") {
			@Override
			double raw(double z, boolean accurate) {
				return z;
			}

			@Override
			public boolean isGaussian() {
				return true;
			}
		};
	}

	/** Ising spins (and NLGP as g -&gt; infinity): x = sign(z) = +-1. */
	public static PixelMarginal spin() {
		return new PixelMarginal("+-1") {
			@Override
			double raw(double z, boolean accurate) {
				return Math.signum(z);
			}
		};
	}

	/**
	 * NLGP(g): x = erf(g z)/Z(g), Z(g)^2 = (2/pi) arcsin(2 g^2/(1 + 2 g^2)) (spec 2(b); Ingrosso &amp; Goldt 2022). The
	 * normalisation is the closed form, which the quadrature checks (2-A).
	 */
	public static PixelMarginal nlgp(double gain) {
		PixelMarginal marginal = new PixelMarginal("NLGP(g = " + gain + ")") {
			@Override
			double raw(double z, boolean accurate) {
				return accurate ? Erf.erf(gain * z) : FastErf.erf(gain * z);
			}
		};
		marginal.scale = 1 / nlgpNormalisation(gain);
		return marginal;
	}

	/** Z(g) = sqrt((2/pi) arcsin(2 g^2/(1 + 2 g^2))), the standard deviation of erf(g z). */
	public static double nlgpNormalisation(double gain) {
		double g2 = gain * gain;
		return Math.sqrt(2 / Math.PI * Math.asin(2 * g2 / (1 + 2 * g2)));
	}

	/** erfc(|z|/sqrt 2) = 2 P(Z &gt; |z|), accurate in the tail when asked. */
	private static double twoSidedTail(double z, boolean accurate) {
		double a = Math.abs(z) / SQRT2;
		if (accurate) {
			return Erf.erfc(a);
		}
		if (a <= 2) {
			return 1 - FastErf.erf(a);
		}
		// the sampler's tail (0.5% of the draws): Chebyshev fit of erfc, relative error below 1.2e-7
		// (Numerical Recipes, erfcc), allocation-free unlike a continued fraction
		double t = 1 / (1 + 0.5 * a);
		return t * Math.exp(-a * a - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
				+ t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
	}

	/**
	 * NORTA Alg(k): quantile F^-1(p) = (2p - 1)/(1 - |2p - 1|^k)^(1/k) of p = Phi(z) (spec 2(b) [code datasets/qdfs.py]),
	 * tails |x|^-(k+1); finite variance needs k &gt; 2.
	 */
	public static PixelMarginal algebraic(int k) {
		if (k <= 2) {
			throw new IllegalArgumentException("tail exponent k = " + k + ": Alg(k) has no finite variance for k <= 2");
		}
		return new PixelMarginal("Alg(" + k + ")") {
			@Override
			double raw(double z, boolean accurate) {
				if (z == 0) {
					return 0;
				}
				double tail = twoSidedTail(z, accurate); // 1 - |2p - 1|
				double s = 1 - tail;
				double oneMinusSk = -Math.expm1(k * Math.log1p(-tail)); // 1 - s^k, accurate as s -> 1
				return Math.copySign(s / Math.pow(oneMinusSk, 1.0 / k), z);
			}

			@Override
			public boolean hasFiniteKurtosis() {
				return k > 4;
			}
		}.standardised().tabulated();
	}

	/** Laplace: F^-1(p) = -sign(p - 1/2) ln(1 - |2p - 1|). */
	public static PixelMarginal laplace() {
		return new PixelMarginal("Laplace") {
			@Override
			double raw(double z, boolean accurate) {
				return z == 0 ? 0 : Math.copySign(-Math.log(twoSidedTail(z, accurate)), z);
			}
		}.standardised().tabulated();
	}

	/** Uniform on [-1, 1]: F^-1(p) = 2p - 1 = erf(z/sqrt 2). */
	public static PixelMarginal uniform() {
		return new PixelMarginal("uniform") {
			@Override
			double raw(double z, boolean accurate) {
				return accurate ? Erf.erf(z / SQRT2) : FastErf.erf(z / SQRT2);
			}
		}.standardised();
	}

	/** The authors' "Bernoulli": F^-1(p) = erf(100 (p - 1/2)), nearly +-1. */
	public static PixelMarginal bernoulli() {
		return new PixelMarginal("Bernoulli") {
			@Override
			double raw(double z, boolean accurate) {
				return accurate ? Erf.erf(50 * Erf.erf(z / SQRT2)) : FastErf.erf(50 * FastErf.erf(z / SQRT2));
			}
		}.standardised().tabulated();
	}
}
