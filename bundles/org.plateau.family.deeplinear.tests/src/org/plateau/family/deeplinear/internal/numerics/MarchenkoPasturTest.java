package org.plateau.family.deeplinear.internal.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;
import org.junit.jupiter.api.Test;

/** The Marchenko-Pastur spectrum of spec 1.4(d): moments in closed form, the quadrature at and around alpha = 1. */
class MarchenkoPasturTest {

	private static final double[] ALPHAS = { 0.01, 0.1, 0.5, 0.9, 0.99, 1, 1.01, 1.1, 2, 10, 100 };

	@Test
	void edgesAndMasses() {
		MarchenkoPastur half = new MarchenkoPastur(0.5);
		assertEquals(Math.pow(1 - Math.sqrt(0.5), 2), half.lowerEdge(), 1e-15);
		assertEquals(Math.pow(1 + Math.sqrt(0.5), 2), half.upperEdge(), 1e-15);
		assertEquals(0.5, half.pointMass(), 0);
		assertEquals(0.5, half.continuousMass(), 0);
		MarchenkoPastur one = new MarchenkoPastur(1);
		assertEquals(0, one.lowerEdge(), 0);
		assertEquals(4, one.upperEdge(), 1e-15);
		assertEquals(0, one.pointMass(), 0);
		assertEquals(0, new MarchenkoPastur(3).pointMass(), 0);
		assertEquals(0, half.density(0.001), 0);
		assertEquals(0, half.density(3), 0);
		assertThrows(IllegalArgumentException.class, () -> new MarchenkoPastur(0));
		assertThrows(IllegalArgumentException.class, () -> new MarchenkoPastur(Double.NaN));
	}

	@Test
	void momentsMatchTheirClosedForms() {
		for (double alpha : ALPHAS) {
			MarchenkoPastur mp = new MarchenkoPastur(alpha);
			// the quadrature's convergence criterion is 1e-10 relative between refinements (measured: < 1e-14 for the
			// polynomial moments, 1.5e-11 for the 1/l moment at alpha = 0.99, whose integrand is sharp near u- = 0.005)
			double tolerance = 1e-10;
			// mass of rho_c: min(1, alpha) (the rest, 1 - alpha, is the atom at 0)
			assertEquals(Math.min(1, alpha), mp.integrate(l -> 1), tolerance * Math.min(1, alpha), "mass, alpha = "
					+ alpha);
			// mean eigenvalue of X X^T: tr(X X^T)/N = alpha (the atom adds nothing)
			assertEquals(alpha, mp.integrate(l -> l), tolerance * alpha, "mean, alpha = " + alpha);
			// second moment tr((X X^T)^2)/N -> alpha (1 + alpha)
			assertEquals(alpha * (1 + alpha), mp.integrate(l -> l * l), tolerance * alpha * (1 + alpha),
					"second moment, alpha = " + alpha);
			if (alpha != 1) {
				// spec 1.4(d): int rho_c / l = alpha/(1 - alpha) (alpha < 1), 1/(alpha - 1) (alpha > 1)
				double inverse = alpha < 1 ? alpha / (1 - alpha) : 1 / (alpha - 1);
				assertEquals(inverse, mp.integrate(l -> 1 / l), tolerance * inverse, "1/l moment, alpha = " + alpha);
			}
		}
	}

	@Test
	void hardEdgeAtAlphaOneIsIntegratedAccurately() {
		// alpha = 1: rho_c = sqrt(4 - l) / (2 pi sqrt(l)) ~ 1/(pi sqrt l), the singularity the u = sqrt(l) substitution
		// removes; against e^{-2 l t} at t = 1e4 only l ~ 1e-4 counts, and the Laplace expansion gives
		// int rho_c e^{-2lt} = (2 pi t)^{-1/2} - Gamma(3/2) / (8 pi (2t)^{3/2}) + O(t^{-5/2})
		MarchenkoPastur one = new MarchenkoPastur(1);
		double t = 1e4;
		double expected = 1 / Math.sqrt(2 * Math.PI * t) - Math.sqrt(Math.PI) / 2 / (8 * Math.PI * Math.pow(2 * t, 1.5));
		// O(t^{-5/2}) remainder ~ 1e-11 plus quadrature 1e-10 relative of 4e-3
		assertEquals(expected, one.integrate(l -> Math.exp(-2 * l * t)), 1e-11);
	}

	@Test
	void substitutionAgreesWithDirectQuadratureOfTheDensity() {
		// away from alpha = 1 the density is bounded, so a plain iterative Gauss-Legendre on [l-, l+] converges (slowly,
		// square-root edges): 1e-7 is what it reaches; the substituted quadrature is far more accurate than that
		for (double alpha : new double[] { 0.3, 2, 5 }) {
			MarchenkoPastur mp = new MarchenkoPastur(alpha);
			IterativeLegendreGaussIntegrator direct = new IterativeLegendreGaussIntegrator(16, 1e-10, 1e-12, 3, 64);
			double plain = direct.integrate(10_000_000, l -> mp.density(l) * Math.exp(-1.3 * l) * Math.cos(l),
					mp.lowerEdge(), mp.upperEdge());
			assertEquals(plain, mp.integrate(l -> Math.exp(-1.3 * l) * Math.cos(l)), 1e-7, "alpha = " + alpha);
		}
	}
}
