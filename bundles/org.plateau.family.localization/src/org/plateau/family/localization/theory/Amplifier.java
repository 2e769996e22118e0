package org.plateau.family.localization.theory;

import org.plateau.family.localization.data.CubicHermite;
import org.plateau.family.localization.data.FastErf;
import org.plateau.family.localization.data.NormalQuadrature;
import org.plateau.family.localization.data.PixelMarginal;

/**
 * The localization amplifier phi(a) = E_x[ x erf( x a / sqrt(2 (1 - a^2)) ) ] of a unit-variance single-pixel marginal
 * (Lufkin, Saxe &amp; Grant 2024, Theorem 3.1; spec 2(d)): the term E_1[x_i sign(w.x)] of the gradient under the
 * weak-dependence step, with a_i = (Sigma_1 w)_i / sqrt(w' Sigma_1 w). Odd in a; linear, sqrt(2/pi) a, for a Gaussian
 * marginal (no localisation) and erf(a/sqrt(2(1 - a^2))) for +-1 pixels (super-linear). Any marginal: by quadrature
 * over the Gaussian copula, tabulated once on [0, 1] and read by cubic interpolation; or its cubic (kurtosis)
 * expansion sqrt(2/pi) [a + (3 - kappa) a^3/6].
 */
public abstract class Amplifier {

	/** sqrt(2/pi), the Gaussian amplifier's slope. */
	public static final double SLOPE = Math.sqrt(2 / Math.PI);

	private final String label;

	Amplifier(String label) {
		this.label = label;
	}

	/** phi(a) for a in [-1, 1]. */
	public abstract double value(double a);

	/** What the amplifier is, for the manifest. */
	public String label() {
		return label;
	}

	/** sqrt(2/pi) a: exact for Gaussian pixels. */
	public static Amplifier gaussian() {
		return new Amplifier("sqrt(2/pi) a (Gaussian pixels, exact)") {
			@Override
			public double value(double a) {
				return SLOPE * a;
			}
		};
	}

	/** erf(a / sqrt(2 (1 - a^2))): exact for +-1 pixels (Ising, NLGP as g -&gt; infinity). */
	public static Amplifier spin() {
		return new Amplifier("erf(a/sqrt(2(1 - a^2))) (+-1 pixels, closed form)") {
			@Override
			public double value(double a) {
				return spinValue(a);
			}
		};
	}

	static double spinValue(double a) {
		double m = Math.abs(a);
		if (m >= 1) {
			return Math.signum(a);
		}
		return FastErf.erf(a / Math.sqrt(2 * (1 - a * a)));
	}

	/** The cubic expansion sqrt(2/pi) [a + (3 - kappa) a^3/6] (Claim 3.2), kappa the marginal's kurtosis. */
	public static Amplifier cubic(double kurtosis) {
		return new Amplifier(String.format("cubic expansion sqrt(2/pi)(a + (3 - kappa) a^3/6), kappa = %.6g", kurtosis)) {
			@Override
			public double value(double a) {
				return SLOPE * (a + (3 - kurtosis) * a * a * a / 6);
			}
		};
	}

	/**
	 * The amplifier of a marginal: the closed form for Gaussian pixels, otherwise by quadrature, tabulated on
	 * [0, 1].
	 */
	public static Amplifier of(PixelMarginal marginal) {
		if (marginal.isGaussian()) {
			return gaussian();
		}
		return new Tabulated(marginal);
	}

	/** phi(a) of a marginal by quadrature at one a (slow; {@link #of} tabulates it). */
	public static double byQuadrature(PixelMarginal marginal, double a) {
		if (Math.abs(a) >= 1) {
			return Math.signum(a) * NormalQuadrature.expectation(z -> Math.abs(marginal.ofNormalAccurately(z)));
		}
		double c = a / Math.sqrt(2 * (1 - a * a));
		return NormalQuadrature.expectation(z -> {
			double x = marginal.ofNormalAccurately(z);
			return x * FastErf.erf(x * c);
		});
	}

	/** phi tabulated on a_k = k/N, k = 0..N, from the pixels at the quadrature nodes; cubic Hermite between. */
	private static final class Tabulated extends Amplifier {
		private static final int N = 2048;
		private final double[] values = new double[N + 1];
		private final double[] slopes = new double[N + 1];

		Tabulated(PixelMarginal marginal) {
			super("phi(a) of the " + marginal.label() + " marginal by quadrature");
			double[] z = NormalQuadrature.nodes();
			double[] w = NormalQuadrature.weights();
			double[] x = new double[z.length];
			for (int i = 0; i < z.length; i++) {
				x[i] = marginal.ofNormalAccurately(z[i]);
			}
			for (int k = 0; k <= N; k++) {
				double a = (double) k / N;
				double sum = 0;
				if (k == N) {
					for (int i = 0; i < z.length; i++) {
						sum += w[i] * Math.abs(x[i]);
					}
				} else {
					double c = a / Math.sqrt(2 * (1 - a * a));
					for (int i = 0; i < z.length; i++) {
						sum += w[i] * x[i] * FastErf.erf(x[i] * c);
					}
				}
				values[k] = sum;
			}
			// slopes by finite differences of the table (one-sided at the ends)
			for (int k = 0; k <= N; k++) {
				int lo = Math.max(0, k - 1);
				int hi = Math.min(N, k + 1);
				slopes[k] = (values[hi] - values[lo]) / (hi - lo);
			}
		}

		@Override
		public double value(double a) {
			double m = Math.min(1, Math.abs(a));
			double s = m * N;
			int k = Math.min(N - 1, (int) s);
			double u = s - k;
			return Math.copySign(CubicHermite.between(values[k], values[k + 1], slopes[k], slopes[k + 1], u), a);
		}
	}
}
