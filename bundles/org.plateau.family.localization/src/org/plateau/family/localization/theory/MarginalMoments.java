package org.plateau.family.localization.theory;

import org.plateau.family.localization.data.NormalQuadrature;
import org.plateau.family.localization.data.PixelMarginal;

/**
 * Moments of a unit-variance single-pixel marginal by quadrature over its Gaussian copula (spec 2-A): the variance
 * (1 when the normalisation is right, e.g. E[erf(g z)^2] = Z(g)^2) and the kurtosis kappa = E x^4, whose sign of
 * kappa - 3 decides localisation (Claim 3.2).
 */
public final class MarginalMoments {

	private MarginalMoments() {
	}

	/** E x^2 (1 for a standardised marginal). */
	public static double variance(PixelMarginal marginal) {
		return NormalQuadrature.expectation(z -> {
			double x = marginal.ofNormalAccurately(z);
			return x * x;
		});
	}

	/** kappa = E x^4 / (E x^2)^2, or +infinity where the fourth moment diverges (Alg(k), k &lt;= 4). */
	public static double kurtosis(PixelMarginal marginal) {
		if (!marginal.hasFiniteKurtosis()) {
			return Double.POSITIVE_INFINITY;
		}
		double fourth = NormalQuadrature.expectation(z -> {
			double x = marginal.ofNormalAccurately(z);
			double x2 = x * x;
			return x2 * x2;
		});
		double v = variance(marginal);
		return fourth / (v * v);
	}

	/** Sample kurtosis E x^4/(E x^2)^2 of the pixels of images (for models that are no Gaussian copula). */
	public static double sampleKurtosis(double[] pixels, int count) {
		double m2 = 0;
		double m4 = 0;
		for (int i = 0; i < count; i++) {
			double x2 = pixels[i] * pixels[i];
			m2 += x2;
			m4 += x2 * x2;
		}
		m2 /= count;
		m4 /= count;
		return m4 / (m2 * m2);
	}
}
